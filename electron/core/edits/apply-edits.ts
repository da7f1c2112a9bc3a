// Lays the user's edit layer over freshly extracted events: each stored edit finds its text again
// (locateAnchor), then the event there; user-added events are rebuilt; merged events fold into the
// one kept. An edit whose text or event is gone becomes an orphan, reported and kept in the store.
import type { OrphanEdit } from '../../shared/contract';
import type { Event, EventUserData } from '../../shared/model';
import { userEventDate, type EditRecord, type EditableDocument, type TextAnchor } from './edit-record';
import { describeEdit } from './describe-edit';
import { eventSpan } from './edit-ops';
import { locateAnchor } from './locate-anchor';
import { buildUserEvent } from './user-event';

export interface AppliedEdits {
  /** Every event with its user layer, hidden ones included (flagged), merged-away ones left out. */
  readonly events: readonly Event[];
  readonly orphans: readonly OrphanEdit[];
  /** Which stored edit applies to which event id: where the next edit of that event goes. */
  readonly recordByEventId: ReadonlyMap<string, string>;
  /** The document of each event merged away (they are no longer in `events`). */
  readonly mergedDocument: ReadonlyMap<string, string>;
}

const emptyUser = (origin: EventUserData['origin']): EventUserData => ({ origin, hidden: false, edited: false, note: '', tags: [], mergedIds: [] });

/** The event whose time expression (or selection) sits on the located span: an exact span in any
 * list first, then any overlap, lists in the order given. */
function eventAt(lists: readonly (readonly Event[])[], paragraph: number, start: number, end: number): Event | undefined {
  const inParagraph = lists.map((list) => list.filter((e) => e.paragraph === paragraph));
  for (const list of inParagraph) {
    const exact = list.find((e) => eventSpan(e).start === start && eventSpan(e).end === end);
    if (exact) return exact;
  }
  for (const list of inParagraph) {
    const overlap = list.find((e) => eventSpan(e).start < end && start < eventSpan(e).end);
    if (overlap) return overlap;
  }
  return undefined;
}

/** Applies one record's fields to an event. */
function withRecord(event: Event, record: EditRecord, mergedIds: readonly string[]): Event {
  const base = event.user ?? emptyUser(record.kind);
  const changes = record.kind === 'extracted' && (record.label !== undefined || record.date !== undefined);
  const date = record.kind === 'extracted' && record.date ? userEventDate(record.date, event.date.anchor) : event.date;
  const user: EventUserData = {
    ...base,
    hidden: record.hidden ?? false,
    edited: changes,
    ...(changes ? { original: { label: event.label, date: event.date } } : {}),
    note: record.note ?? '',
    tags: record.tags ?? [],
    mergedIds,
  };
  return { ...event, label: record.label ?? event.label, date, user };
}

export function applyEdits(
  events: readonly Event[],
  records: readonly EditRecord[],
  documentsByPath: ReadonlyMap<string, EditableDocument>,
): AppliedEdits {
  const byDocument = new Map<string, Event[]>();
  for (const e of events) {
    const list = byDocument.get(e.documentId);
    if (list) list.push(e);
    else byDocument.set(e.documentId, [e]);
  }
  const orphans: OrphanEdit[] = [];
  const recordByEventId = new Map<string, string>();
  const placed: { record: EditRecord; event: Event }[] = [];
  const userEvents: Event[] = [];

  // The sentence the edit was made in, so the user can tell which event the lost edit was about.
  const where = (anchor: TextAnchor) => (anchor.context && anchor.context !== anchor.text ? ` (in “${anchor.context}”)` : '');
  const orphan = (record: EditRecord, anchor: TextAnchor, why: string) =>
    orphans.push({ documentPath: anchor.documentPath, text: anchor.text, description: `${describeEdit(record)}: ${why}${where(anchor)}` });

  // Where is an anchor's event now? Extracted events by their time expression, user events by selection.
  const find = (anchor: TextAnchor): { event?: Event; why?: string } => {
    const doc = documentsByPath.get(anchor.documentPath);
    if (!doc) return { why: 'the document is no longer in the library' };
    const at = locateAnchor(anchor, doc);
    if (!at) return { why: `the text "${anchor.text}" is no longer in the document` };
    const event = eventAt([byDocument.get(doc.id) ?? [], userEvents.filter((e) => e.documentId === doc.id)], at.paragraph, at.start, at.end);
    return event ? { event } : { why: `"${anchor.text}" is no longer read as a date` };
  };

  // User-added events first, so that edits and merges can refer to them.
  for (const record of records.filter((r) => r.kind === 'user')) {
    const doc = documentsByPath.get(record.anchor.documentPath);
    const at = doc ? locateAnchor(record.anchor, doc) : null;
    const event = doc && at ? buildUserEvent(record, doc, at) : null;
    if (event) {
      const withUser = { ...event, user: emptyUser('user') };
      userEvents.push(withUser);
      placed.push({ record, event: withUser });
    } else {
      orphan(record, record.anchor, doc ? `the text "${record.anchor.text}" is no longer in the document` : 'the document is no longer in the library');
    }
  }
  for (const record of records.filter((r) => r.kind === 'extracted')) {
    const { event, why } = find(record.anchor);
    if (event) placed.push({ record, event });
    else orphan(record, record.anchor, why ?? 'not found');
  }

  // Merges: the kept event lists the merged ones, which leave the timeline.
  const mergedAway = new Set<string>();
  const mergedDocument = new Map<string, string>();
  const mergedInto = new Map<string, string[]>();
  for (const { record, event } of placed) {
    const ids: string[] = [];
    for (const anchor of record.merged ?? []) {
      const found = find(anchor);
      if (found.event && found.event.id !== event.id) {
        ids.push(found.event.id);
        mergedAway.add(found.event.id);
        mergedDocument.set(found.event.id, found.event.documentId);
      } else if (!found.event) {
        orphans.push({ documentPath: anchor.documentPath, text: anchor.text, description: `Merged into "${record.label ?? event.label}": ${found.why ?? 'not found'}${where(anchor)}` });
      }
    }
    mergedInto.set(event.id, ids);
  }

  const edited = new Map<string, Event>();
  for (const { record, event } of placed) {
    recordByEventId.set(event.id, record.id);
    edited.set(event.id, withRecord(event, record, mergedInto.get(event.id) ?? []));
  }
  const all = [...events, ...userEvents]
    .filter((e) => !mergedAway.has(e.id))
    .map((e) => edited.get(e.id) ?? e);
  return { events: all, orphans, recordByEventId, mergedDocument };
}
