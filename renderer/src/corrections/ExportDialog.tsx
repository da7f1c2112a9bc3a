// Export and project files: the whole timeline or what the filters show, as CSV, iCalendar,
// TimelineJS, JSON, PNG of the window or a PDF; saving and opening `.eventline` projects. Main asks
// where to save (or what to open); the File menu's Export… opens this dialog too.
import { useEffect, useRef, useState, type JSX } from 'react';
import type { EventQuery, ExportFormat, ViewState } from '../../../electron/shared/contract';
import type { Event } from '../../../electron/shared/model';
import { api } from '../api';
import { PrintReport } from './PrintReport';
import { useAction } from './use-action';

export const EXPORT_CHOICES: readonly { readonly format: ExportFormat; readonly label: string; readonly hint: string }[] = [
  { format: 'csv', label: 'Spreadsheet (CSV)', hint: 'one row per event, opens in Excel, LibreOffice, Numbers' },
  { format: 'ics', label: 'Calendar (iCalendar .ics)', hint: 'for calendar apps' },
  { format: 'timelinejs', label: 'TimelineJS (JSON)', hint: 'publish with Knight Lab’s TimelineJS' },
  { format: 'json', label: 'Eventline data (JSON)', hint: 'documents and events' },
  { format: 'png', label: 'Image of the window (PNG)', hint: 'what is on screen now' },
  { format: 'pdf', label: 'Report (PDF)', hint: 'the window printed' },
];

export interface ExportDialogProps {
  /** The query behind what the timeline shows now. */
  readonly query: EventQuery;
  /** True when filters narrow the timeline (then "only what is shown" is offered first). */
  readonly filtered: boolean;
  /** The events shown now (listed in the PDF report). */
  readonly events: readonly Event[];
  readonly view: ViewState;
  onClose(): void;
  /** A project was opened: its view state, for the app to apply. */
  onProjectOpened?(view: ViewState): void;
}

/** Resolves after the browser has painted twice (the dialog hidden before a capture). */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function ExportDialog({ query, filtered, events, view, onClose, onProjectOpened }: ExportDialogProps): JSX.Element {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [onlyShown, setOnlyShown] = useState(filtered);
  const [done, setDone] = useState<string | null>(null);
  const [missing, setMissing] = useState<readonly string[]>([]);
  const action = useAction();
  const first = useRef<HTMLInputElement>(null);
  // PNG and PDF capture the window: the dialog steps aside, and the PDF gets its report.
  const [capturing, setCapturing] = useState(false);
  const [reportReady, setReportReady] = useState<(() => void) | null>(null);
  useEffect(() => first.current?.focus(), []);

  const run = async (work: () => Promise<string | null>) => {
    setDone(null);
    const message = await action.run(work);
    if (message) setDone(message);
  };

  return (
    <div className={`corrections-dialog-backdrop${capturing ? ' capturing' : ''}`} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onClose())}>
      <section className="corrections-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title">
        <header className="panel-header">
          <h2 id="export-title">Export and projects</h2>
          <button type="button" className="icon" onClick={onClose} aria-label="Close export dialog">
            ✕
          </button>
        </header>
        <fieldset>
          <legend>Format</legend>
          {EXPORT_CHOICES.map((c, i) => (
            <label key={c.format} className="choice">
              <input ref={i === 0 ? first : undefined} type="radio" name="export-format" value={c.format} checked={format === c.format} onChange={() => setFormat(c.format)} />
              {c.label} <span className="muted small">— {c.hint}</span>
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={onlyShown} onChange={(e) => setOnlyShown(e.target.checked)} disabled={format === 'png' || format === 'pdf'} />
          Only what the current filters show
        </label>
        <div className="correction-actions">
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() => void run(async () => {
              const capture = format === 'png' || format === 'pdf';
              if (capture) {
                setCapturing(true);
                if (format === 'pdf') await new Promise<void>((resolve) => setReportReady(() => resolve));
                await painted();
              }
              try {
                const saved = await api().exportTimeline(onlyShown && !capture ? { format, query } : { format });
                return saved ? `Saved to ${saved.path}` : null;
              } finally {
                setCapturing(false);
                setReportReady(null);
              }
            })}
          >
            Export…
          </button>
        </div>
        <h3>Project</h3>
        <p className="muted small">A project file names your documents and keeps your corrections, notes and view, to reopen here or on another computer.</p>
        <div className="correction-actions">
          <button type="button" disabled={action.busy} onClick={() => void run(async () => {
            // The project keeps the filters in force, with the rest of the view.
            const saved = await api().saveProject({ view: { ...view, query } });
            return saved ? `Project saved to ${saved.path}` : null;
          })}>
            Save project…
          </button>
          <button type="button" disabled={action.busy} onClick={() => void run(async () => {
            const opened = await api().openProject({});
            if (!opened) return null;
            setMissing(opened.missing);
            onProjectOpened?.(opened.view);
            return opened.missing.length ? 'Project opened, but some documents are missing or changed:' : 'Project opened.';
          })}>
            Open project…
          </button>
        </div>
        {done ? <p role="status" className="correction-done">{done}</p> : null}
        {missing.length ? (
          <ul className="missing-list" aria-label="Missing or changed documents">
            {missing.map((m) => <li key={m}>{m}</li>)}
          </ul>
        ) : null}
        {action.error ? <p role="alert" className="correction-error">{action.error}</p> : null}
      </section>
      {reportReady ? <PrintReport events={events} onReady={reportReady} /> : null}
    </div>
  );
}
