// What each mark on the timeline means, drawn with the same classes the timeline uses.
import type { DocumentSummary } from '../../../electron/shared/model';
import { documentColor } from './colors';
import './timeline.css';

export interface TimelineLegendProps {
  /** When given, one colour swatch per document. */
  readonly documents?: readonly DocumentSummary[];
}

const MARKS: readonly { readonly swatch: string; readonly text: string }[] = [
  { swatch: 'tl-swatch-point', text: 'A day (or a time of day)' },
  { swatch: 'tl-swatch-band', text: 'Somewhere in this month, season, year, decade or century' },
  { swatch: 'tl-swatch-interval', text: 'A stated span of days, from its first to its last day' },
  { swatch: 'tl-swatch-band tl-swatch-approx', text: 'Approximate edge ("more than two decades")' },
  { swatch: 'tl-swatch-band tl-swatch-open', text: 'Open edge ("after 2024"): continues past the arrow' },
  { swatch: 'tl-swatch-aggregate', text: 'Many events: their count. Click or zoom in to see them' },
  { swatch: 'tl-swatch-point tl-swatch-clamped', text: 'Beyond about ±10,000 years: shown at the edge' },
];

export function TimelineLegend({ documents }: TimelineLegendProps) {
  return (
    <section className="tl-legend" aria-label="Timeline legend">
      <ul>
        {MARKS.map((mark) => (
          <li key={mark.text}>
            <span className={`tl-swatch ${mark.swatch}`} aria-hidden="true" />
            {mark.text}
          </li>
        ))}
      </ul>
      {documents !== undefined && documents.length > 0 && (
        <ul aria-label="Documents">
          {documents.map((doc) => (
            <li key={doc.id}>
              <span className="tl-swatch tl-swatch-doc" style={{ background: documentColor(doc.id, documents) }} aria-hidden="true" />
              {doc.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
