// A note and tags on an event (tags typed comma-separated; the tag filter lists them).
import { useEffect, useState, type JSX } from 'react';
import type { Event } from '../../../electron/shared/model';
import { parseTags } from './user-filters';

export interface NotesTagsProps {
  readonly event: Event;
  readonly busy: boolean;
  onSave(note: string, tags: string[]): void;
}

export function NotesTags({ event, busy, onSave }: NotesTagsProps): JSX.Element {
  const savedNote = event.user?.note ?? '';
  const savedTags = (event.user?.tags ?? []).join(', ');
  const [note, setNote] = useState(savedNote);
  const [tags, setTags] = useState(savedTags);
  useEffect(() => {
    setNote(savedNote);
    setTags(savedTags);
  }, [event.id, savedNote, savedTags]);
  const changed = note !== savedNote || parseTags(tags).join(', ') !== savedTags;

  return (
    <form
      className="correction-form"
      aria-label="Note and tags"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(note, parseTags(tags));
      }}
    >
      <label>
        Note
        <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label>
        Tags
        <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="comma, separated" />
      </label>
      <div className="correction-actions">
        <button type="submit" disabled={busy || !changed}>
          Save note and tags
        </button>
      </div>
    </form>
  );
}
