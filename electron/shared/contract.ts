// The one IPC contract between the main process and the renderer (idea from GitHub Desktop's
// ipc-shared.ts): each invoke channel maps to its request and response types, each notification
// channel to its payload. A wrong channel name or argument is a compile error on both sides.
// Every channel takes exactly one plain object argument. This file imports nothing but types.
import type { Document, DocumentSummary, Event, FileError, Granularity } from './model';

/** Filters for `listEvents`; every field narrows the result, absent fields do not filter. */
export interface EventQuery {
  readonly documentIds?: readonly string[];
  readonly granularities?: readonly Granularity[];
  /** Inclusive ISO dates: events whose interval overlaps [from, to]. */
  readonly from?: string;
  readonly to?: string;
  /** Full-text search over sentences and labels. */
  readonly text?: string;
}

export interface IngestSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly errors: readonly FileError[];
  readonly cancelled: boolean;
}

/** Request and response of each invoke channel (renderer -> main). */
export interface InvokeContract {
  listDocuments: { req: Record<string, never>; res: readonly DocumentSummary[] };
  getDocument: { req: { readonly id: string }; res: Document | null };
  listEvents: { req: { readonly query?: EventQuery }; res: readonly Event[] };
  /** Shows the native open dialog (files or a folder) and ingests what the user picked. */
  openDocuments: { req: { readonly kind: 'files' | 'folder' }; res: IngestSummary };
}

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly current: string | null;
}

/** Payload of each notification channel (main -> renderer). */
export interface NotifyContract {
  libraryChanged: { readonly reason: 'ingest' | 'remove' | 'watch' | 'edit' | 'reset' };
  ingestProgress: IngestProgress;
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
] as const satisfies readonly InvokeChannel[];

// Compile-time proof that INVOKE_CHANNELS names every channel of the contract.
type Missing = Exclude<InvokeChannel, (typeof INVOKE_CHANNELS)[number]>;
const everyChannelListed: Missing extends never ? true : Missing = true;
void everyChannelListed;

export const NOTIFY_CHANNELS = ['libraryChanged', 'ingestProgress'] as const satisfies readonly NotifyChannel[];

/** What the renderer sees on `window.eventline`: one method per invoke channel, plus `on`. */
export type EventlineApi = {
  readonly [C in InvokeChannel]: (req: Req<C>) => Promise<Res<C>>;
} & {
  /** Subscribes to a notification; returns the function that unsubscribes. */
  readonly on: <N extends NotifyChannel>(channel: N, listener: (payload: NotifyContract[N]) => void) => () => void;
};
