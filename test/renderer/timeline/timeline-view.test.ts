// @vitest-environment jsdom
// The React wrapper around vis-timeline: created once (StrictMode's rehearsal unmount included),
// patched in place when the data changes, driven by its handle. jsdom has no layout, so what is
// checked is the wrapper's own bookkeeping and the widget's DOM root, not pixels.
import { StrictMode, act, createElement, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary, Event } from '../../../electron/shared/model';
import { type TimelineHandle, type TimelineViewProps, TimelineView } from '../../../renderer/src/timeline/TimelineView';
import { isoToMs } from '../../../renderer/src/timeline/deep-time';
import { dailyEvents, makeEvent } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const documents = [{ id: 'doc-a', title: 'A' }, { id: 'doc-b', title: 'B' }] as DocumentSummary[];
let host: HTMLDivElement;
let root: Root;
const handle = createRef<TimelineHandle>();
const onSelect = vi.fn();

function render(events: readonly Event[], extra: Partial<TimelineViewProps> = {}): void {
  const props: TimelineViewProps = { events, documents, selectedId: null, lanesByDocument: false, onSelect, ...extra };
  act(() => root.render(createElement(StrictMode, null, createElement(TimelineView, { ...props, ref: handle }))));
}
const canvas = () => host.querySelector<HTMLElement>('.tl-canvas') as HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  onSelect.mockReset();
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('TimelineView', () => {
  it('creates one vis-timeline under StrictMode and keeps it when the data changes', () => {
    render([]);
    expect(host.querySelectorAll('.vis-timeline')).toHaveLength(1);
    const widget = host.querySelector('.vis-timeline');
    render([makeEvent('a', '2024-10-04'), makeEvent('b', '1980-01-01', '1989-12-31', 'decade')]);
    expect(host.querySelector('.vis-timeline')).toBe(widget);
    expect(canvas().dataset.drawnCount).toBe('2');
    render([makeEvent('a', '2024-10-04')]);
    expect(host.querySelector('.vis-timeline')).toBe(widget);
    expect(canvas().dataset.drawnCount).toBe('1');
  });

  it('fits the window to the data when it first arrives, and on fit()', () => {
    render([makeEvent('a', '1980-01-01', '1989-12-31', 'decade'), makeEvent('b', '2024-10-04')]);
    const w = handle.current?.getWindow();
    expect(w?.start.getTime()).toBeLessThan(isoToMs('1980-01-01'));
    expect(w?.start.getTime()).toBeGreaterThan(isoToMs('1975-01-01'));
    expect(w?.end.getTime()).toBeGreaterThan(isoToMs('2024-10-05'));
    act(() => handle.current?.setWindow({ start: new Date(isoToMs('1900-01-01')), end: new Date(isoToMs('1910-01-01')) }));
    act(() => handle.current?.fit());
    expect(handle.current?.getWindow().start.getTime()).toBe(w?.start.getTime());
  });

  it('aggregates a large library into counts and shows events once zoomed in', () => {
    render(dailyEvents(5_000, 1990));
    expect(canvas().dataset.lodUnit).not.toBe('events');
    expect(Number(canvas().dataset.drawnCount)).toBeLessThan(300);
    act(() => handle.current?.setWindow({ start: new Date(isoToMs('1995-03-01')), end: new Date(isoToMs('1995-03-15')) }));
    expect(canvas().dataset.lodUnit).toBe('events');
    expect(Number(canvas().dataset.drawnCount)).toBeGreaterThanOrEqual(14);
  });

  it('focus(id) centres the event and selects it; move() pans by a fraction of the window', () => {
    render([makeEvent('a', '1950-06-15'), makeEvent('b', '2024-10-04')]);
    act(() => handle.current?.focus('a'));
    const w = handle.current?.getWindow();
    const centre = ((w?.start.getTime() ?? 0) + (w?.end.getTime() ?? 0)) / 2;
    expect(Math.abs(centre - (isoToMs('1950-06-15') + 43_200_000))).toBeLessThan(1000);
    expect(onSelect).toHaveBeenCalledWith('a');
    const span = (w?.end.getTime() ?? 0) - (w?.start.getTime() ?? 0);
    act(() => handle.current?.move(0.5));
    expect(handle.current?.getWindow().start.getTime()).toBeCloseTo((w?.start.getTime() ?? 0) + span / 2, -3);
  });

  it('draws one lane per document when asked, one combined lane otherwise', () => {
    const events = [makeEvent('a', '2020-01-01', '2020-01-01', 'day', { documentId: 'doc-a' }), makeEvent('b', '2021-01-01', '2021-01-01', 'day', { documentId: 'doc-b' })];
    render(events, { lanesByDocument: true });
    expect([...host.querySelectorAll('.vis-label.tl-lane')].map((l) => l.textContent)).toEqual(['A', 'B']);
    render(events, { lanesByDocument: false });
    expect(host.querySelectorAll('.vis-label.tl-lane')).toHaveLength(0);
    expect(host.querySelectorAll('.vis-label.tl-lane-all')).toHaveLength(1);
  });

  it('is a named region with a polite live announcement', () => {
    render([makeEvent('a', '2024-10-04')]);
    const region = host.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Timeline');
    expect(host.querySelector('[aria-live="polite"]')).not.toBeNull();
  });
});
