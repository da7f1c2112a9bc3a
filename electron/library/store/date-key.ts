// A sortable integer for an ISO date, including expanded years (`-000043-03-15` is 44 BC):
// year*10000 + month*100 + day is monotonic across the year 0 too.

export function dateKey(iso: string): number {
  const m = /^([+-]?\d{4,6})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Number(m[1]) * 10000 + Number(m[2] ?? '1') * 100 + Number(m[3] ?? '1');
}
