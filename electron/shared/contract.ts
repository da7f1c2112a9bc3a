// The one IPC contract between the main process and the renderer (idea from GitHub Desktop's
// ipc-shared.ts): each invoke channel maps to its request and response types, each notification
// channel to its payload. A wrong channel name or argument is a compile error on both sides.
// Every channel takes exactly one plain object argument. This file imports nothing but types.
import type { Document, DocumentSummary, Event, EventDate, FileError, Granularity } from './model';

/** Filters for `listEvents`; every field narrows the result, absent fields do not filter. */
export interface EventQuery {
  readonly documentIds?: readonly string[];
  readonly granularities?: readonly Granularity[];
  /** Inclusive ISO dates: events whose interval overlaps [from, to]. */
  readonly from?: string;
  readonly to?: string;
  /** Full-text search over sentences and labels. */
  readonly text?: string;
  readonly tags?: readonly string[];
  /** Hidden events (false positives the user hid) are left out unless this is true. */
  readonly includeHidden?: boolean;
}

export interface IngestSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly errors: readonly FileError[];
  readonly cancelled: boolean;
}

export type ExportFormat = 'json' | 'csv' | 'ics' | 'timelinejs' | 'png' | 'pdf';

/** What the user can change about an event; absent fields stay as they are. */
export interface EventEdit {
  readonly label?: string;
  readonly date?: Pick<EventDate, 'start' | 'end' | 'granularity'>;
  readonly hidden?: boolean;
  readonly note?: string;
  readonly tags?: readonly string[];
}

/** The renderer's view state, saved in the library and in project files. */
export interface ViewState {
  readonly window?: { readonly start: string; readonly end: string };
  readonly lanesByDocument?: boolean;
  readonly theme?: 'system' | 'light' | 'dark';
  readonly query?: EventQuery;
}

/** A user edit whose text is gone from its document after re-extraction: reported, never dropped silently. */
export interface OrphanEdit {
  readonly documentPath: string;
  readonly text: string;
  readonly description: string;
}

/** Request and response of each invoke channel (renderer -> main). */
export interface InvokeContract {
  listDocuments: { req: Record<string, never>; res: readonly DocumentSummary[] };
  getDocument: { req: { readonly id: string }; res: Document | null };
  listEvents: { req: { readonly query?: EventQuery }; res: readonly Event[] };
  /** Shows the native open dialog (files or a folder) and ingests what the user picked. */
  openDocuments: { req: { readonly kind: 'files' | 'folder' }; res: IngestSummary };
  /** Ingests files dropped on the window (paths resolved by the preload from the dropped File objects). */
  addDroppedFiles: { req: { readonly paths: readonly string[] }; res: IngestSummary };
  cancelIngest: { req: Record<string, never>; res: void };
  /** Errors of the last ingest, for the error list. */
  listIngestErrors: { req: Record<string, never>; res: readonly FileError[] };
  removeDocuments: { req: { readonly ids: readonly string[] }; res: void };
  /** Watched folders (added folders), and removing one with its documents. */
  listFolders: { req: Record<string, never>; res: readonly string[] };
  removeFolder: { req: { readonly path: string }; res: void };
  /** The user sets a document's date; relative dates are re-resolved against it. */
  setDocumentDate: { req: { readonly id: string; readonly dct: string }; res: void };
  editEvent: { req: { readonly id: string; readonly edit: EventEdit }; res: Event };
  /** Adds an event from a selection in the reader. */
  addEvent: {
    req: { readonly documentId: string; readonly paragraph: number; readonly start: number; readonly end: number; readonly date?: EventEdit['date']; readonly label?: string };
    res: Event;
  };
  mergeEvents: { req: { readonly keepId: string; readonly mergeIds: readonly string[] }; res: Event };
  listOrphanEdits: { req: Record<string, never>; res: readonly OrphanEdit[] };
  /** Exports the whole timeline or what `query` shows; main asks where to save. Null when the user cancels. */
  exportTimeline: { req: { readonly format: ExportFormat; readonly query?: EventQuery }; res: { readonly path: string } | null };
  saveProject: { req: { readonly view: ViewState }; res: { readonly path: string } | null };
  openProject: { req: Record<string, never>; res: { readonly view: ViewState; readonly missing: readonly string[] } | null };
  getViewState: { req: Record<string, never>; res: ViewState };
  setViewState: { req: { readonly view: ViewState }; res: void };
  /** Opens an http(s) link from a document in the system browser (after the user clicked it). */
  openExternal: { req: { readonly url: string }; res: void };
}

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string | null;
}

/** Commands from the native application menu, carried out by the renderer. */
export type MenuCommand = 'zoomIn' | 'zoomOut' | 'fit' | 'toggleLanes' | 'toggleDark' | 'export' | 'find' | 'showErrors';

/** Payload of each notification channel (main -> renderer). */
export interface NotifyContract {
  libraryChanged: { readonly reason: 'ingest' | 'remove' | 'watch' | 'edit' | 'reset' | 'project' };
  ingestProgress: IngestProgress;
  menuCommand: { readonly command: MenuCommand };
}

export type InvokeChannel = keyof InvokeContract;
export type NotifyChannel = keyof NotifyContract;
export type Req<C extends InvokeChannel> = InvokeContract[C]['req'];
export type Res<C extends InvokeChannel> = InvokeContract[C]['res'];

/** The names of every invoke channel, checked against the contract: the preload exposes exactly
 * these and main registers exactly these. */
export const INVOKE_CHANNELS = [
  'listDocuments',
  'getDocument',
  'listEvents',
  'openDocuments',
  'addDroppedFiles',
  'cancelIngest',
  'listIngestErrors',
  'removeDocuments',
  'listFolders',
  'removeFolder',
  'setDocumentDate',
  'editEvent',
  'addEvent',
  'mergeEvents',
  'listOrphanEdits',
  'exportTimeline',
  'saveProject',
  'openProject',
  'getViewState',
  'setViewState',
  'openExternal',
] as const satisfies readonly InvokeChannel[];

// Compile-time proof that INVOKE_CHANNELS names every channel of the contract.
type Missing = Exclude<InvokeChannel, (typeof INVOKE_CHANNELS)[number]>;
const everyChannelListed: [Missing] extends [never] ? true : Missing = true;
void everyChannelListed;

export const NOTIFY_CHANNELS = ['libraryChanged', 'ingestProgress', 'menuCommand'] as const satisfies readonly NotifyChannel[];

/** What the renderer sees on `window.eventline`: one method per invoke channel, plus `on`, plus
 * the preload's `pathForFile` (webUtils), which turns a dropped File into the path `addDroppedFiles` takes. */
export type EventlineApi = {
  readonly [C in InvokeChannel]: (req: Req<C>) => Promise<Res<C>>;
} & {
  /** Subscribes to a notification; returns the function that unsubscribes. */
  readonly on: <N extends NotifyChannel>(channel: N, listener: (payload: NotifyContract[N]) => void) => () => void;
  /** The file-system path of a File dropped on the window (Electron's webUtils.getPathForFile),
   * to pass to `addDroppedFiles`; '' for a File that is not on disk. Provided by the preload and
   * the e2e harness (optional so that other stand-ins need not have it). */
  readonly pathForFile?: (file: File) => string;
};
