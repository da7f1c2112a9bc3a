// Synthetic events spread over 1900-2025 (points and ranges), deterministic, for the render
// benchmark and the timeline's end-to-end test. Browser- and Node-safe (no imports but types).
import type { Event, Granularity } from '../../../electron/shared/model';

const DAY = 86_400_000;
const T0 = Date.UTC(1900, 0, 1);
const T1 = Date.UTC(2025, 11, 31);

/** Small deterministic PRNG (mulberry32), so every run draws the same library. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `count` events over `documents` documents: 70% days, 15% years, 10% months, 5% spans of days. */
export function syntheticEvents(count: number, documents = 8, seed = 42): Event[] {
  const rnd = random(seed);
  const out: Event[] = [];
  for (let i = 0; i < count; i++) {
    const t = T0 + Math.floor(rnd() * ((T1 - T0) / DAY)) * DAY;
    const d = new Date(t);
    const kind = rnd();
    let start = iso(t);
    let end = start;
    let granularity: Granularity = 'day';
    if (kind >= 0.7 && kind < 0.85) {
      granularity = 'year';
      start = `${d.getUTCFullYear()}-01-01`;
      end = `${d.getUTCFullYear()}-12-31`;
    } else if (kind >= 0.85 && kind < 0.95) {
      granularity = 'month';
      start = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      end = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    } else if (kind >= 0.95) {
      end = iso(t + Math.floor(1 + rnd() * 20) * DAY);
    }
    out.push({
      id: `e${i}`,
      documentId: `doc-${i % documents}`,
      paragraph: 0,
      sentence: { start: 0, end: 40 },
      label: `Synthetic event ${i}`,
      timex: { text: start, start: 0, end: 10, type: 'DATE', value: start },
      date: { start, end, granularity, anchor: 'absolute', startEdge: 'exact', endEdge: 'exact' },
    });
  }
  return out;
}
