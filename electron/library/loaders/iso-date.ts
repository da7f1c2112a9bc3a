// Document dates as metadata writes them, to ISO `YYYY-MM-DD`. The calendar date is taken as the
// author wrote it (no conversion to UTC), since that is the date a reader of the document sees.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const lastDay = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= lastDay ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/** `2024-10-04`, `2024-10-04T10:00:00+02:00`, `2024/10/04`, PDF `D:20241004...`, a Date, or text
 * such as `October 4, 2024`; null when it is not a date. */
export function toIsoDate(input: unknown): string | null {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? null : valid(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input !== 'string') return null;
  const s = input.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(s);
  if (pdf) return valid(Number(pdf[1]), Number(pdf[2] ?? '01'), Number(pdf[3] ?? '01'));
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!/[a-z]/i.test(s) || !/\d{4}/.test(s)) return null;
  const parsed = new Date(`${s}`);
  if (Number.isNaN(parsed.getTime())) return null;
  return valid(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}
