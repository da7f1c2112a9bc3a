import { describe, expect, it } from 'vitest';
import { isoToMs, utcMs } from '../../../renderer/src/timeline/deep-time';
import { buildLanes, countOverlapping, indexEvents, overlapping } from '../../../renderer/src/timeline/event-index';
import {
  type AggregateMark, bucketFloor, bucketLabel, chooseUnit, levelOfDetail, nextBucket,
} from '../../../renderer/src/timeline/level-of-detail';
import { dailyEvents, makeEvent } from './fixtures';

const YEAR = 365.25 * 86_400_000;
const win = (from: string, to: string) => ({ start: isoToMs(from), end: isoToMs(to) });

describe('event index', () => {
  it('sorts by start and finds events overlapping a window, long bands included', () => {
    const index = indexEvents([
      makeEvent('late', '2024-10-04'),
      makeEvent('decade', '1980-01-01', '1989-12-31', 'decade'),
      makeEvent('year', '2021-01-01', '2021-12-31', 'year'),
      makeEvent('unreadable', 'PRESENT_REF'),
    ]);
    expect(index.events.map((e) => e.id)).toEqual(['decade', 'year', 'late']);
    const in1985 = overlapping(index, isoToMs('1985-01-01'), isoToMs('1986-01-01'), 10);
    expect(in1985.map((i) => index.events[i]?.id)).toEqual(['decade']);
    expect(countOverlapping(index, isoToMs('1989-12-31'), isoToMs('2022-01-01'))).toBe(2);
    expect(countOverlapping(index, isoToMs('1990-01-01'), isoToMs('2021-01-01'))).toBe(0);
  });

  it('makes one lane per document, or one combined lane', () => {
    const events = [makeEvent('a', '2020-01-01', '2020-01-01', 'day', { documentId: 'd1' }), makeEvent('b', '2021-01-01', '2021-01-01', 'day', { documentId: 'd2' })];
    expect(buildLanes(events, ['d1', 'd2'], true).map((l) => [l.key, l.index.events.length])).toEqual([['d1', 1], ['d2', 1]]);
    expect(buildLanes(events, ['d1', 'd2'], false).map((l) => l.index.events.length)).toEqual([2]);
  });
});

describe('calendar buckets', () => {
  it('chooses the unit from the zoom: decades for 1900-2025 on 1200 px, days for a month', () => {
    expect(chooseUnit(125 * YEAR, 1200, 44)).toBe('decade');
    expect(chooseUnit(2000 * YEAR, 1200, 44)).toBe('century');
    expect(chooseUnit(10 * YEAR, 1200, 44)).toBe('year');
    expect(chooseUnit(2 * YEAR, 1200, 44)).toBe('month');
    expect(chooseUnit(20 * 86_400_000, 1200, 44)).toBe('day');
  });

  it('aligns buckets to the calendar, BC included', () => {
    expect(bucketFloor('decade', isoToMs('1987-06-01'))).toBe(utcMs(1980, 0, 1));
    expect(bucketFloor('century', isoToMs('-000043-03-15'))).toBe(utcMs(-100, 0, 1));
    expect(nextBucket('month', utcMs(2024, 11, 1))).toBe(utcMs(2025, 0, 1));
    expect(bucketLabel('decade', utcMs(1980, 0, 1))).toBe('1980s');
    expect(bucketLabel('year', utcMs(-43, 0, 1))).toBe('44 BC');
    expect(bucketLabel('century', utcMs(-500, 0, 1))).toBe('501 BC – 402 BC');
  });
});

describe('levelOfDetail', () => {
  const many = dailyEvents(20_000, 1950, 1); // 20,000 consecutive days from 1950
  const lanes = buildLanes(many, ['doc-a'], false);

  it('draws individual events when few are in the window (plus margin)', () => {
    const lod = levelOfDetail(lanes, win('1960-01-01', '1960-02-01'), 1200);
    expect(lod.unit).toBeNull();
    expect(lod.marks.every((m) => m.kind === 'event')).toBe(true);
    // 31 days in the window, 15.5 days of margin each side.
    expect(lod.marks.length).toBeGreaterThanOrEqual(31);
    expect(lod.marks.length).toBeLessThanOrEqual(64);
    expect(lod.inWindow).toBe(31);
  });

  it('draws counts per bucket when many are in the window, and the counts add up', () => {
    const lod = levelOfDetail(lanes, win('1900-01-01', '2026-01-01'), 1200);
    expect(lod.unit).toBe('decade');
    const aggregates = lod.marks.filter((m): m is AggregateMark => m.kind === 'aggregate');
    expect(aggregates.length).toBeGreaterThan(3);
    expect(aggregates.reduce((sum, m) => sum + m.count, 0)).toBe(20_000);
    const fifties = aggregates.find((m) => m.label === '1950s');
    expect(fifties?.count).toBe(isoToMs('1960-01-01') / 86_400_000 - isoToMs('1950-01-01') / 86_400_000);
    expect(lod.inWindow).toBe(20_000);
  });

  it('keeps bucket ids stable across a pan, so only edge buckets change', () => {
    const a = levelOfDetail(lanes, win('1950-01-01', '1975-01-01'), 1200);
    const b = levelOfDetail(lanes, win('1951-01-01', '1976-01-01'), 1200);
    const ids = (l: typeof a) => new Set(l.marks.map((m) => (m.kind === 'aggregate' ? m.id : m.index)));
    const before = ids(a);
    const shared = [...ids(b)].filter((id) => before.has(id));
    expect(a.unit).toBe('year');
    expect(shared.length).toBeGreaterThan(before.size * 0.8);
  });

  it('draws a lone event in a bucket as itself, not as a count of one', () => {
    const sparse = buildLanes([...many, makeEvent('alone', '1905-06-01')], ['doc-a'], false);
    const lod = levelOfDetail(sparse, win('1900-01-01', '2026-01-01'), 1200);
    const alone = lod.marks.find((m) => m.kind === 'event');
    expect(alone?.kind === 'event' && sparse[0]?.index.events[alone.index]?.id).toBe('alone');
  });

  it('keeps a long period visible over the counts, even when it began before the window', () => {
    const withWar = buildLanes([...many, makeEvent('war', '1950-01-01', '1969-12-31', 'decade')], ['doc-a'], false);
    const lod = levelOfDetail(withWar, win('1960-01-01', '1966-01-01'), 1200);
    expect(lod.unit).not.toBeNull();
    const drawn = lod.marks.filter((m) => m.kind === 'event').map((m) => m.kind === 'event' && withWar[0]?.index.events[m.index]?.id);
    expect(drawn).toContain('war');
    // Short events stay in the counts.
    expect(drawn.length).toBeLessThan(5);
  });

  it('decides per lane: a sparse document shows events while a dense one shows counts', () => {
    const mixed = [...dailyEvents(5_000, 1990, 1, 'dense'), ...dailyEvents(5, 1990, 400, 'sparse')];
    const byDoc = buildLanes(mixed, ['dense', 'sparse'], true);
    const lod = levelOfDetail(byDoc, win('1988-01-01', '2006-01-01'), 1200);
    expect(lod.marks.filter((m) => m.lane === 'sparse').every((m) => m.kind === 'event')).toBe(true);
    expect(lod.marks.filter((m) => m.lane === 'dense').some((m) => m.kind === 'aggregate')).toBe(true);
  });

  it('bounds what is drawn at 100,000 events over 1900-2025 whatever the zoom', () => {
    const big = dailyEvents(100_000, 1900, 0.45);
    const bigLanes = buildLanes(big, ['doc-a'], false);
    for (const [from, to] of [['1900-01-01', '2026-01-01'], ['1990-01-01', '1991-01-01'], ['1990-03-01', '1990-03-08']] as const) {
      expect(levelOfDetail(bigLanes, win(from, to), 1200).marks.length).toBeLessThan(400);
    }
  });
});
