// listEvents over a store of 100,000 synthetic events (100 documents x 1,000), spread over 1900-2025:
// the whole set, a ten-year window, a full-text search and a granularity filter. Medians of 5 runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Document, Event, Granularity } from '../../../electron/shared/model';
import { createDocumentStore } from '../../../electron/library/store/document-store';
import { createEventQuery } from '../../../electron/library/store/event-query';
import { openDatabase } from '../../../electron/library/store/open-store';

const WORDS = ['treaty', 'flood', 'election', 'bridge', 'strike', 'harvest', 'fire', 'summit', 'court', 'launch'];

function synthetic(docIndex: number, perDoc: number): { doc: Document; events: Event[] } {
  const id = `bench${String(docIndex).padStart(4, '0')}`;
  const paragraphs: string[] = [];
  const events: Event[] = [];
  for (let i = 0; i < perDoc; i++) {
    const n = docIndex * perDoc + i;
    const year = 1900 + (n % 126);
    const month = String(1 + (n % 12)).padStart(2, '0');
    const day = String(1 + (n % 28)).padStart(2, '0');
    const word = WORDS[n % WORDS.length]!;
    const text = `The ${word} of ${year} was reported on ${day}.${month}.${year} by the local press.`;
    paragraphs.push(text);
    const granularity: Granularity = n % 3 === 0 ? 'year' : 'day';
    const start = granularity === 'year' ? `${year}-01-01` : `${year}-${month}-${day}`;
    const end = granularity === 'year' ? `${year}-12-31` : start;
    events.push({
      id: `${id}:${i}`,
      documentId: id,
      paragraph: i,
      sentence: { start: 0, end: text.length },
      label: `${word} ${year}`,
      timex: { text: String(year), start: 4 + word.length + 4, end: 8 + word.length + 4, type: 'DATE', value: granularity === 'year' ? String(year) : start },
      date: { start, end, granularity, anchor: 'absolute', startEdge: 'exact', endEdge: 'exact' },
    });
  }
  const doc: Document = { id, path: `/bench/${id}.txt`, title: id, format: 'txt', dct: '2024-01-01', dctSource: 'header', paragraphs, contentHash: id };
  return { doc, events };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchQuery(total = 100_000): Record<string, number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'eventline-bench-query-'));
  try {
    const db = openDatabase(path.join(dir, 'q.sqlite'));
    const store = createDocumentStore(db);
    const perDoc = 1000;
    const t0 = performance.now();
    for (let d = 0; d < total / perDoc; d++) {
      const { doc, events } = synthetic(d, perDoc);
      store.put(doc, events, { size: 0, mtimeMs: 0 }, { dct: doc.dct, dctSource: doc.dctSource }, null);
    }
    const writeMs = performance.now() - t0;
    const query = createEventQuery(db);
    const time = (run: () => Event[]) => {
      const runs: number[] = [];
      let count = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        count = run().length;
        runs.push(performance.now() - t);
      }
      return { ms: Number(median(runs).toFixed(1)), count };
    };
    const all = time(() => query({}));
    const window = time(() => query({ from: '1950-01-01', to: '1959-12-31' }));
    const text = time(() => query({ text: 'treaty' }));
    const granularity = time(() => query({ granularities: ['year'], from: '2000-01-01' }));
    db.close();
    return {
      events: total,
      storeWriteSeconds: Number((writeMs / 1000).toFixed(2)),
      allMs: all.ms,
      allCount: all.count,
      tenYearWindowMs: window.ms,
      tenYearWindowCount: window.count,
      textSearchMs: text.ms,
      textSearchCount: text.count,
      granularityMs: granularity.ms,
      granularityCount: granularity.count,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
