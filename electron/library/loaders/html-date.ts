// The publication date of an HTML page, from the places publishers put it, most specific first:
// <meta property="article:published_time">, JSON-LD datePublished, <time datetime>, other date metas.
import type { parseHTML } from 'linkedom';
import { toIsoDate } from './iso-date';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.created"]',
];

function jsonLdDates(value: unknown, out: unknown[]): void {
  if (Array.isArray(value)) value.forEach((v) => jsonLdDates(v, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('datePublished' in record) out.push(record.datePublished);
    if ('@graph' in record) jsonLdDates(record['@graph'], out);
  }
}

export function findHtmlDate(document: HtmlDocument): string | null {
  const published = toIsoDate(document.querySelector(META_SELECTORS[0]!)?.getAttribute('content'));
  if (published) return published;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found: unknown[] = [];
      jsonLdDates(JSON.parse(script.textContent ?? ''), found);
      for (const candidate of found) {
        const date = toIsoDate(candidate);
        if (date) return date;
      }
    } catch {
      // malformed JSON-LD is common on the web: try the next source
    }
  }
  for (const time of Array.from(document.querySelectorAll('time[datetime]'))) {
    const date = toIsoDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  for (const selector of META_SELECTORS.slice(1)) {
    const date = toIsoDate(document.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  return null;
}
