// The service methods of the user's edit layer: listEvents with edits applied, editEvent, addEvent,
// mergeEvents, listOrphanEdits and the text exports. The library's own stores stay as they are;
// this layer reads them and keeps its records in the user_edits table.
import { randomUUID } from 'node:crypto';
import type { EventQuery, InvokeContract, NotifyContract, OrphanEdit } from '../../shared/contract';
import type { Document, DocumentSummary, Event } from '../../shared/model';
import { applyEdits, type AppliedEdits } from '../../core/edits/apply-edits';
import { newUserRecord } from '../../core/edits/add-event';
import { anchorOfEvent, applyEventEdit, applyMerge } from '../../core/edits/edit-ops';
import { userEventId, type EditRecord, type EditableDocument } from '../../core/edits/edit-record';
import { filterEvents } from '../../core/edits/filter-events';
import { compareIso } from '../../core/export/export-input';
import { exportText, isTextExportFormat, type TextExportFormat } from '../../core/export/export-timeline';
import type { Db } from '../store/open-store';
import { createEditStore, type EditStore } from './edit-store';

type Req<C extends keyof InvokeContract> = InvokeContract[C]['req'];
type Res<C extends keyof InvokeContract> = InvokeContract[C]['res'];

/** What the edit layer needs from the library. */
export interface EditLayerDeps {
  readonly db: Db;
  /** The library's own event query, over extraction results only. */
  readonly rawEvents: (query?: EventQuery) => readonly Event[];
  readonly listDocuments: () => readonly DocumentSummary[];
  readonly getDocument: (id: string) => Document | null;
  readonly emit: (reason: NotifyContract['libraryChanged']['reason']) => void;
  readonly now?: () => Date;
}

export interface ExportRequest {
  readonly format: TextExportFormat;
  readonly query?: EventQuery;
}

/** The edit channels as service methods (same request objects as the contract), plus the text export. */
export interface EditMethods {
  listEvents(req: Req<'listEvents'>): readonly Event[];
  editEvent(req: Req<'editEvent'>): Res<'editEvent'>;
  addEvent(req: Req<'addEvent'>): Res<'addEvent'>;
  mergeEvents(req: Req<'mergeEvents'>): Res<'mergeEvents'>;
  listOrphanEdits(req: Req<'listOrphanEdits'>): readonly OrphanEdit[];
  /** The export's text; main (or the harness) writes it to the file the user chose. */
  exportData(req: ExportRequest): string;
}

export interface EditLayer extends EditMethods {
  readonly store: EditStore;
}

const byDate = (a: Event, b: Event) => compareIso(a.date.start, b.date.start) || compareIso(a.date.end, b.date.end);

export function createEditLayer(deps: EditLayerDeps): EditLayer {
  const store = createEditStore(deps.db);
  const now = () => (deps.now?.() ?? new Date()).toISOString();

  // Texts of edited documents, kept while their content hash is unchanged (every listEvents needs them).
  const textCache = new Map<string, Document>();

  /** The documents the records point at, by path (the only ones whose text is needed). */
  const documentsFor = (records: readonly EditRecord[]): Map<string, EditableDocument> => {
    const paths = new Set(records.flatMap((r) => [r.anchor.documentPath, ...(r.merged ?? []).map((a) => a.documentPath)]));
    const map = new Map<string, EditableDocument>();
    for (const summary of deps.listDocuments()) {
      if (!paths.has(summary.path)) continue;
      const cached = textCache.get(summary.id);
      // A user-set document date changes dct but not the content hash: compare both.
      const doc = cached && cached.contentHash === summary.contentHash && cached.dct === summary.dct ? cached : deps.getDocument(summary.id);
      if (doc) {
        textCache.set(doc.id, doc);
        map.set(doc.path, doc);
      }
    }
    return map;
  };

  const applyAll = (records = store.all()): AppliedEdits => applyEdits(deps.rawEvents(), records, documentsFor(records));

  const findEvent = (applied: AppliedEdits, id: string): Event => {
    const event = applied.events.find((e) => e.id === id);
    if (!event) throw new Error(`no event with id ${id}`);
    return event;
  };

  const documentOf = (event: Event): Document => {
    const doc = deps.getDocument(event.documentId);
    if (!doc) throw new Error(`the document of event ${event.id} is no longer in the library`);
    return doc;
  };

  /** Documents of the events already merged into an event. */
  const mergedDocuments = (applied: AppliedEdits, event: Event): string[] =>
    (event.user?.mergedIds ?? []).flatMap((id) => applied.mergedDocument.get(id) ?? []);

  const recordOf = (applied: AppliedEdits, eventId: string): EditRecord | undefined => {
    const id = applied.recordByEventId.get(eventId);
    return id ? store.get(id) ?? undefined : undefined;
  };

  /** Saves, tells listeners, and returns the event as the timeline now shows it. Only the documents
   * involved are read again (the event's, and those of events merged into it). */
  const saveAndShow = (records: readonly EditRecord[], eventId: string, documentIds: readonly string[]): Event => {
    records.forEach((r) => store.put(r));
    deps.emit('edit');
    const all = store.all();
    return findEvent(applyEdits(deps.rawEvents({ documentIds: [...new Set(documentIds)] }), all, documentsFor(all)), eventId);
  };

  const listEvents = ({ query }: Req<'listEvents'>): readonly Event[] => {
    if (store.count() === 0) return query?.tags?.length ? [] : deps.rawEvents(query);
    // Dates and labels may be edited, so only the document filter can go to SQL before the edits apply.
    const scope: EventQuery | undefined = query?.documentIds ? { documentIds: query.documentIds } : undefined;
    const records = store.all();
    const applied = applyEdits(deps.rawEvents(scope), records, documentsFor(records));
    const text = query?.text?.trim();
    const textMatches = text ? new Set(deps.rawEvents({ ...scope, text }).map((e) => e.id)) : undefined;
    return filterEvents(applied.events, query, textMatches).sort(byDate);
  };

  return {
    store,
    listEvents,
    editEvent: ({ id, edit }) => {
      const applied = applyAll();
      const event = findEvent(applied, id);
      const existing = recordOf(applied, id);
      const next = applyEventEdit(existing, event, documentOf(event), edit, existing?.id ?? randomUUID(), now());
      return saveAndShow([next], next.kind === 'user' ? userEventId(next) : id, [event.documentId, ...mergedDocuments(applied, event)]);
    },
    addEvent: (req) => {
      const doc = deps.getDocument(req.documentId);
      if (!doc) throw new Error(`no document with id ${req.documentId}`);
      const record = newUserRecord(doc, req, randomUUID(), now());
      return saveAndShow([record], userEventId(record), [doc.id]);
    },
    mergeEvents: ({ keepId, mergeIds }) => {
      if (mergeIds.includes(keepId)) throw new Error('an event cannot be merged into itself');
      if (mergeIds.length === 0) throw new Error('choose at least one event to merge');
      const applied = applyAll();
      const keep = findEvent(applied, keepId);
      const existing = recordOf(applied, keepId);
      const keepRecord = existing ?? applyEventEdit(undefined, keep, documentOf(keep), {}, randomUUID(), now());
      const merged = mergeIds.map((id) => {
        const event = findEvent(applied, id);
        const record = recordOf(applied, id);
        return { anchor: record?.kind === 'user' ? record.anchor : anchorOfEvent(event, documentOf(event)), record };
      });
      const involved = [keep, ...mergeIds.map((id) => findEvent(applied, id))].flatMap((e) => [e.documentId, ...mergedDocuments(applied, e)]);
      return saveAndShow([applyMerge(keepRecord, merged, now())], keepId, involved);
    },
    listOrphanEdits: () => applyAll().orphans,
    exportData: ({ format, query }) => {
      if (!isTextExportFormat(format)) throw new Error(`unknown export format ${String(format)}`);
      const events = listEvents({ query });
      const wanted = query ? new Set(events.map((e) => e.documentId)) : null;
      const documents = deps.listDocuments()
        .filter((d) => !wanted || wanted.has(d.id))
        .map((d) => deps.getDocument(d.id))
        .filter((d): d is Document => d !== null);
      return exportText(format, { documents, events, title: 'Eventline timeline' });
    },
  };
}
