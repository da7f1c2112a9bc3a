// JSON export: our own data model, `{ documents, events }`, as `extract --json` prints it (without errors).
import type { ExportInput } from './export-input';

export function toJson(input: ExportInput): string {
  return `${JSON.stringify({ documents: input.documents, events: input.events }, null, 2)}\n`;
}
