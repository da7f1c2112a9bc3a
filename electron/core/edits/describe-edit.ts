// Says in plain words what an edit did, for the list of edits whose text is gone.
import type { EditRecord } from './edit-record';

export function describeEdit(record: EditRecord): string {
  const parts: string[] = [];
  if (record.kind === 'user') parts.push(`Added event "${record.label ?? record.anchor.text}"`);
  else if (record.label !== undefined) parts.push(`Label changed to "${record.label}"`);
  if (record.date) {
    const d = record.date;
    parts.push(`date set to ${d.start === d.end ? d.start : `${d.start} to ${d.end}`} (${d.granularity})`);
  }
  if (record.hidden) parts.push('hidden');
  if (record.note) parts.push(`note "${record.note}"`);
  if (record.tags?.length) parts.push(`tags ${record.tags.join(', ')}`);
  if (record.merged?.length) parts.push(`${record.merged.length} event(s) merged in`);
  const text = parts.join('; ') || 'Edit';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
