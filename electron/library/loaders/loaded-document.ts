import type { DctSource } from '../../shared/model';

/** What a format loader reads from a file: its text as paragraphs and, where the format says, its title and date. */
export interface LoadedDocument {
  readonly title: string | null;
  readonly dct: string | null;
  readonly dctSource: DctSource | null;
  readonly paragraphs: readonly string[];
}
