// The library's schema, as ONE append-only list: migration N (1-based) brings the database from
// PRAGMA user_version N-1 to N. Never edit or reorder a released entry; append a new one.
import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly name: string;
  /** SQL run as one script, or code for changes SQL alone cannot express. */
  readonly up: string | ((db: Database) => void);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'documents, paragraphs, events, settings, folders, full-text search',
    up: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,                -- sha256 of the absolute path (stable across edits)
        path TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        format TEXT NOT NULL,
        dct TEXT,                           -- the date in force (the user's when set)
        dct_source TEXT,
        extracted_dct TEXT,                 -- what the file itself said, kept under a user date
        extracted_dct_source TEXT,
        user_dct TEXT,
        content_hash TEXT NOT NULL,
        paragraph_count INTEGER NOT NULL,
        event_count INTEGER NOT NULL,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE paragraphs (
        seq INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (document_id, idx)
      );
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,            -- explicit, so full-text rowids survive VACUUM
        id TEXT NOT NULL UNIQUE,
        document_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        start_key INTEGER NOT NULL,         -- year*10000+month*100+day: sorts BC dates too
        end_key INTEGER NOT NULL,
        granularity TEXT NOT NULL,
        label TEXT NOT NULL,
        sentence_text TEXT NOT NULL,
        json TEXT NOT NULL                  -- the Event as the contract carries it
      );
      CREATE INDEX events_by_document ON events (document_id);
      CREATE INDEX events_by_start ON events (start_key, end_key);
      CREATE INDEX events_by_end ON events (end_key);
      CREATE INDEX events_by_granularity ON events (granularity);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE folders (path TEXT PRIMARY KEY, added_at TEXT NOT NULL);

      CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (text, content = 'paragraphs', content_rowid = 'seq');
      CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
        INSERT INTO paragraphs_fts (rowid, text) VALUES (new.seq, new.text);
      END;
      CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
        INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.seq, old.text);
      END;
      CREATE VIRTUAL TABLE events_fts USING fts5 (sentence_text, label, content = 'events', content_rowid = 'seq');
      CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, sentence_text, label) VALUES (new.seq, new.sentence_text, new.label);
      END;
      CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, sentence_text, label) VALUES ('delete', old.seq, old.sentence_text, old.label);
      END;
      CREATE TRIGGER events_au AFTER UPDATE ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, sentence_text, label) VALUES ('delete', old.seq, old.sentence_text, old.label);
        INSERT INTO events_fts (rowid, sentence_text, label) VALUES (new.seq, new.sentence_text, new.label);
      END;
    `,
  },
  {
    // Owned by the edits layer (library/edits/edit-store.ts): the user's corrections, apart from
    // extraction results, so re-ingesting a document never touches them.
    name: 'user edits (corrections, notes, tags, merges, added events)',
    up: `
      CREATE TABLE user_edits (
        id TEXT PRIMARY KEY,
        document_path TEXT NOT NULL,       -- the anchor's document: edits follow the file, not its content
        json TEXT NOT NULL,                -- the EditRecord (core/edits/edit-record.ts)
        updated_at TEXT NOT NULL
      );
      CREATE INDEX user_edits_by_path ON user_edits (document_path);
    `,
  },
];
