import { describe, expect, it } from 'vitest';
import { indexEvents } from '../../../renderer/src/timeline/event-index';
import { aggregateBucket, aggregateItem, describeDate, diffItems, escapeHtml, eventItem, markItems, userClasses } from '../../../renderer/src/timeline/items';
import { describeWindow } from '../../../renderer/src/timeline/announce';
import { documentColor, PALETTE } from '../../../renderer/src/timeline/colors';
import { isoToMs } from '../../../renderer/src/timeline/deep-time';
import type { DocumentSummary, Event, EventUserData } from '../../../electron/shared/model';
import { makeEvent } from './fixtures';

function itemOf(event: ReturnType<typeof makeEvent>) {
  const index = indexEvents([event]);
  return eventItem(event, index, 0, 'lane', '#123456');
}

describe('marks say how sure a date is', () => {
  it('draws a day as a point', () => {
    const item = itemOf(makeEvent('d', '2024-10-04'));
    expect(item.type).toBe('point');
    expect(item.end).toBeUndefined();
  });
  it('draws a decade, a year and a month as "somewhere in here" bands', () => {
    for (const [start, end, g] of [['1980-01-01', '1989-12-31', 'decade'], ['2021-01-01', '2021-12-31', 'year'], ['2022-03-01', '2022-03-31', 'month']] as const) {
      const item = itemOf(makeEvent(g, start, end, g));
      expect(item.type).toBe('range');
      expect(item.className).toContain('tl-band');
      // The band covers the whole last day.
      expect(item.end?.getTime()).toBe(isoToMs(end) + 86_400_000);
    }
  });
  it('draws a stated span of days as an exact interval, distinct from a band', () => {
    const item = itemOf(makeEvent('span', '2024-05-03', '2024-05-07', 'day'));
    expect(item.className).toContain('tl-interval');
    expect(item.className).not.toContain('tl-band');
  });
  it('marks approximate and open edges', () => {
    const item = itemOf(makeEvent('dur', '2004-01-01', '2024-12-31', 'year', { startEdge: 'approximate', endEdge: 'open' }));
    expect(item.className).toContain('tl-start-approximate');
    expect(item.className).toContain('tl-end-open');
    expect(describeDate(makeEvent('after', '2024-01-01', '2024-12-31', 'year', { endEdge: 'open' }).date)).toBe('after 2024');
    expect(describeDate(makeEvent('until', '2004-01-01', '2024-12-31', 'year', { startEdge: 'open' }).date)).toBe('until 2024');
    expect(describeDate(makeEvent('about', '2004-01-01', '2024-12-31', 'year', { startEdge: 'approximate' }).date)).toBe('about 2004 – 2024 (somewhere in this period)');
  });
  it('marks and explains events clamped beyond the drawable range', () => {
    const item = itemOf(makeEvent('far', '-020000-01-01', '-020000-12-31', 'year'));
    expect(item.className).toContain('tl-clamped');
    expect(item.title).toContain('edge');
  });
  it('escapes document text before vis-timeline renders it as HTML', () => {
    const event = { ...makeEvent('x', '2024-10-04'), label: '<img src=x onerror=alert(1)>' };
    expect(itemOf(event).content).not.toContain('<img');
    expect(escapeHtml('a<b>&"\'')).toBe('a&#60;b&#62;&#38;&#34;&#39;');
  });
  it('describes dates in plain words, BC included', () => {
    expect(describeDate(makeEvent('d', '2024-10-04').date)).toBe('4 Oct 2024');
    expect(describeDate(makeEvent('c', '1980-01-01', '1989-12-31', 'decade').date)).toBe('1980 – 1989 (somewhere in this period)');
    expect(describeDate(makeEvent('bc', '-000043-03-15').date)).toBe('15 Mar 44 BC');
  });
});

describe('diffItems: incremental DataSet patches', () => {
  const a = itemOf(makeEvent('a', '2024-10-04'));
  const b = itemOf(makeEvent('b', '2021-01-01', '2021-12-31', 'year'));
  const agg = aggregateItem({ kind: 'aggregate', id: 'agg|l|year|0', lane: 'l', unit: 'year', start: 0, end: 1, count: 5, label: '1970' }, null);
  it('updates only new or changed items and removes those gone', () => {
    const drawn = new Map([[a.id, a], [agg.id, agg]]);
    const changedAgg = { ...agg, content: '<span class="tl-count">6</span>' };
    const { upsert, remove } = diffItems(drawn, [{ ...a }, b, changedAgg]);
    expect(upsert.map((i) => i.id).sort()).toEqual([agg.id, b.id].sort());
    expect(remove).toEqual([]);
    expect(diffItems(drawn, [b]).remove.sort()).toEqual([a.id, agg.id].sort());
  });
});

describe('announcement and colours', () => {
  it('announces the window at a precision that suits its width', () => {
    expect(describeWindow(isoToMs('1979-01-01'), isoToMs('2026-01-01'), 3)).toBe('Showing 1979 to 2025, 3 events');
    expect(describeWindow(isoToMs('2024-10-01'), isoToMs('2024-10-08'), 1)).toBe('Showing 1 Oct 2024 to 7 Oct 2024, 1 event');
  });
  it('gives each of up to 12 documents its own stable colour', () => {
    const docs = Array.from({ length: 12 }, (_, i) => ({ id: `doc-${i}` }) as DocumentSummary);
    const colours = docs.map((d) => documentColor(d.id, docs));
    expect(new Set(colours).size).toBe(12);
    expect(colours.every((c) => PALETTE.includes(c))).toBe(true);
    expect(documentColor('doc-3', [...docs])).toBe(colours[3]);
  });
});

describe('aggregates', () => {
  const mark = { kind: 'aggregate' as const, id: 'agg|doc|1|decade|' + isoToMs('1980-01-01'), lane: 'doc|1', unit: 'decade' as const, start: isoToMs('1980-01-01'), end: isoToMs('1990-01-01'), count: 12, label: '1980s' };
  it('name their calendar bucket in their id, so a click zooms into exactly that period', () => {
    expect(aggregateBucket(mark.id)).toEqual({ start: isoToMs('1980-01-01'), end: isoToMs('1990-01-01') });
    expect(aggregateBucket('e1')).toBeNull();
  });
  it('leave a gap of a few pixels before the next bucket so they line up instead of stacking', () => {
    const msPerPx = 2 ** 30;
    const drawn = aggregateItem(mark, null, msPerPx);
    expect(mark.end - (drawn.end?.getTime() ?? 0)).toBe(6 * msPerPx);
    expect(drawn.content).toContain('12');
  });
});

describe('bands too narrow for their label at the current zoom', () => {
  it('become a mark at their middle, still styled as a band, and widen back into bands when zoomed in', () => {
    const event = makeEvent('y', '2021-01-01', '2021-12-31', 'year');
    const index = indexEvents([event]);
    const yearMs = 365 * 86_400_000;
    const far = eventItem(event, index, 0, 'lane', '#123456', yearMs / 4); // a year is 4 px wide
    expect(far.type).toBe('point');
    expect(far.className).toContain('tl-band');
    expect(far.className).toContain('tl-narrow');
    expect(far.start.getTime()).toBe(isoToMs('2021-01-01') + yearMs / 2);
    const near = eventItem(event, index, 0, 'lane', '#123456', yearMs / 100); // 100 px wide
    expect(near.type).toBe('range');
    expect(near.className).not.toContain('tl-narrow');
  });
});

describe('a band narrower than its label', () => {
  const yearMs = 365 * 86_400_000;
  const taliban = { ...makeEvent('t', '2021-01-01', '2021-12-31', 'year'), label: 'Taliban return to power' };
  it('is drawn compact with its whole label beside it rather than a cut label inside', () => {
    // The seed's fitted view: a year is about 22 px wide, "Tal" was all that showed.
    const item = eventItem(taliban, indexEvents([taliban]), 0, 'lane', '#123456', yearMs / 22);
    expect(item.type).toBe('point');
    expect(item.className).toContain('tl-narrow');
    expect(item.content).toBe('Taliban return to power');
  });
  it('is a band again once wide enough to hold its label', () => {
    const item = eventItem(taliban, indexEvents([taliban]), 0, 'lane', '#123456', yearMs / 400);
    expect(item.type).toBe('range');
    expect(item.className).not.toContain('tl-narrow');
  });
  it('markItems decides narrowness at the exact zoom, not the rounded one used for counts', () => {
    const index = indexEvents([taliban]);
    const marks = [{ kind: 'event' as const, lane: 'lane', index: 0 }];
    // Rounded: 2^k ms per px makes the year look 100 px wide; exactly it is 190 px, enough for the label.
    const rounded = yearMs / 100;
    const [item] = markItems(marks, () => index, () => '#123456', () => null, rounded, yearMs / 190);
    expect(item?.type).toBe('range');
  });
});

describe('the user layer on the timeline', () => {
  const base = makeEvent('u', '2024-10-04');
  const withUser = (user: Partial<EventUserData>): Event => ({ ...base, user: { origin: 'extracted', hidden: false, edited: false, note: '', tags: [], mergedIds: [], ...user } });
  it('marks hidden events, corrected events and events the user added, in class and tooltip', () => {
    expect(itemOf(base).className).not.toMatch(/tl-hidden|tl-corrected|tl-user-added/);
    const hidden = itemOf(withUser({ hidden: true }));
    expect(hidden.className).toContain('tl-hidden');
    expect(hidden.title).toContain('Hidden');
    const corrected = itemOf(withUser({ edited: true }));
    expect(corrected.className).toContain('tl-corrected');
    expect(corrected.title).toContain('Corrected by you');
    const added = itemOf(withUser({ origin: 'user' }));
    expect(added.className).toContain('tl-user-added');
    expect(added.className).not.toContain('tl-corrected');
    expect(userClasses(withUser({ edited: true, hidden: true }))).toEqual(['tl-hidden', 'tl-corrected']);
  });
});
