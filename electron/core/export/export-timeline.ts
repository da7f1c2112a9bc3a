// One entry point for the text exports, used by the CLI and the library service alike.
import type { ExportInput } from './export-input';
import { toCsv } from './export-csv';
import { toIcs, type IcsOptions } from './export-ics';
import { toJson } from './export-json';
import { toTimelineJsString } from './export-timelinejs';

export type TextExportFormat = 'json' | 'csv' | 'ics' | 'timelinejs';

export const TEXT_EXPORT_FORMATS: readonly TextExportFormat[] = ['json', 'csv', 'ics', 'timelinejs'];

/** The file extension each format is saved with. */
export const EXPORT_EXTENSIONS: Readonly<Record<TextExportFormat, string>> = { json: 'json', csv: 'csv', ics: 'ics', timelinejs: 'json' };

export function isTextExportFormat(value: string): value is TextExportFormat {
  return (TEXT_EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportText(format: TextExportFormat, input: ExportInput, options: IcsOptions = {}): string {
  switch (format) {
    case 'json': return toJson(input);
    case 'csv': return toCsv(input);
    case 'ics': return toIcs(input, options);
    case 'timelinejs': return toTimelineJsString(input);
  }
}
