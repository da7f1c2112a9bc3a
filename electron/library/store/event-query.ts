// listEvents in SQL: every filter of EventQuery is a WHERE clause over indexed columns; text goes
// through the FTS5 index of sentences and labels. Rows carry the Event as JSON, parsed once here.
import type { Statement } from 'better-sqlite3';
import type { EventQuery } from '../../shared/contract';
import type { Event } from '../../shared/model';
import { dateKey } from './date-key';
import type { Db } from './open-store';

/** The user's words as an FTS5 query: each word a quoted prefix term, all required. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

export function createEventQuery(db: Db) {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare<unknown[]>(sql).pluck();
      cache.set(sql, stmt);
    }
    return stmt;
  };

  return (query: EventQuery = {}): Event[] => {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.documentIds) {
      where.push('document_id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(query.documentIds));
    }
    if (query.granularities) {
      where.push('granularity IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(query.granularities));
    }
    if (query.from) {
      where.push('end_key >= ?');
      params.push(dateKey(query.from));
    }
    if (query.to) {
      where.push('start_key <= ?');
      params.push(dateKey(query.to));
    }
    if (query.text !== undefined) {
      const match = ftsQuery(query.text);
      if (match) {
        where.push('seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
        params.push(match);
      }
    }
    const sql = `SELECT json FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY start_key, end_key, seq`;
    return (prepared(sql).all(...params) as string[]).map((json) => JSON.parse(json) as Event);
  };
}
