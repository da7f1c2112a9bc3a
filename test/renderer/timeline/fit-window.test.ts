// "Fit" leaves room for the labels drawn beside the marks on the right (points, compact bands).
import { describe, expect, it } from 'vitest';
import { buildLanes, extent } from '../../../renderer/src/timeline/event-index';
import { eventsWindow, fitWindow } from '../../../renderer/src/timeline/fit-window';
import { MARK_PX, bandTooNarrow, labelPx } from '../../../renderer/src/timeline/label-width';
import type { Event } from '../../../electron/shared/model';
import { dailyEvents, makeEvent } from './fixtures';

const WIDTH = 1280;

function labelled(e: Event, label: string): Event {
  return { ...e, label };
}

/** Pixels from a mark at `ms` to the window's right edge. */
function roomRight(w: { start: number; end: number }, ms: number): number {
  return ((w.end - ms) / (w.end - w.start)) * WIDTH;
}

describe('fitWindow', () => {
  // The seed: a decade, a long sanctions span, a year, and three points on the last day.
  const seed = [
    labelled(makeEvent('war', '1980-01-01', '1989-12-31', 'decade'), 'Soviet Union wages war on Afghanistan'),
    labelled(makeEvent('sanctions', '2004-01-01', '2024-12-31', 'year'), 'Taliban is under Western sanctions'),
    labelled(makeEvent('taliban', '2021-01-01', '2021-12-31', 'year'), 'Taliban return to power'),
    labelled(makeEvent('lavrov', '2024-10-04'), 'Lavrov calls on West to lift sanctions'),
    labelled(makeEvent('forum', '2024-10-04'), 'Lavrov speaks at opening of forum'),
    labelled(makeEvent('bortnikov', '2024-10-04'), 'Bortnikov says he wants to see cooperation'),
  ];

  it('shows every event and leaves room right of the last points for their whole labels', () => {
    const lanes = buildLanes(seed, [], false);
    const w = fitWindow(lanes, WIDTH);
    if (w === null) throw new Error('no window');
    const all = extent(lanes);
    expect(w.start).toBeLessThan(all?.start ?? NaN);
    expect(w.end).toBeGreaterThan(all?.end ?? NaN);
    const point = Date.UTC(2024, 9, 4);
    expect(roomRight(w, point)).toBeGreaterThanOrEqual(labelPx('Bortnikov says he wants to see cooperation') + MARK_PX);
  });

  it('leaves room for the label of a band drawn compact beside its middle', () => {
    const lanes = buildLanes([seed[0] as Event, seed[2] as Event], [], false);
    const w = fitWindow(lanes, WIDTH);
    if (w === null) throw new Error('no window');
    const yearStart = Date.UTC(2021, 0, 1);
    const yearEnd = Date.UTC(2022, 0, 1);
    const bandPx = ((yearEnd - yearStart) / (w.end - w.start)) * WIDTH;
    expect(bandTooNarrow(bandPx, 'Taliban return to power')).toBe(true);
    expect(roomRight(w, (yearStart + yearEnd) / 2)).toBeGreaterThanOrEqual(labelPx('Taliban return to power') + MARK_PX);
  });

  it('pads a lone day so it is not a zero-width window, label included', () => {
    const w = fitWindow(buildLanes([labelled(makeEvent('d', '2024-10-04'), 'A day')], [], false), WIDTH);
    if (w === null) throw new Error('no window');
    expect(w.end - w.start).toBeGreaterThanOrEqual(86_400_000);
    expect(roomRight(w, Date.UTC(2024, 9, 4))).toBeGreaterThanOrEqual(labelPx('A day') + MARK_PX);
  });

  it('does not reserve label room when so many events are in view that they are drawn as counts', () => {
    const lanes = buildLanes(dailyEvents(1000, 2000), [], false);
    const w = fitWindow(lanes, WIDTH);
    const all = extent(lanes);
    if (w === null || all === null) throw new Error('no window');
    expect((w.end - all.end) / (w.end - w.start)).toBeLessThan(0.05);
  });

  it('is null with nothing to show', () => {
    expect(fitWindow(buildLanes([], [], false), WIDTH)).toBeNull();
  });
});

describe('eventsWindow', () => {
  it('shows just the chosen events (a moved document), not the rest of the library', () => {
    const events = [
      labelled(makeEvent('old', '1900-01-01'), 'Long ago'),
      labelled(makeEvent('a', '2020-03-09'), 'Council meets'),
      labelled(makeEvent('b', '2020-03-10'), 'Council votes'),
    ];
    const w = eventsWindow(buildLanes(events, [], false), ['a', 'b'], WIDTH);
    if (w === null) throw new Error('no window');
    expect(w.start).toBeGreaterThan(Date.UTC(2000, 0, 1));
    expect(w.start).toBeLessThan(Date.UTC(2020, 2, 9));
    expect(w.end - w.start).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(roomRight(w, Date.UTC(2020, 2, 10))).toBeGreaterThanOrEqual(labelPx('Council votes') + MARK_PX);
    expect(eventsWindow(buildLanes(events, [], false), ['missing'], WIDTH)).toBeNull();
  });
});
