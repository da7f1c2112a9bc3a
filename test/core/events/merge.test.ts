import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../electron/shared/model';
import { groupSameEvents, labelOverlap, mergeKey, sameEvent } from '../../../electron/core/events/merge';

const day = (start: string, end = start, granularity: EventDate['granularity'] = 'day'): EventDate =>
  ({ start, end, granularity, anchor: 'absolute', startEdge: 'exact', endEdge: 'exact' });
const ev = (id: string, label: string, date: EventDate) => ({ id, label, date });

describe('mergeKey', () => {
  it('is the interval and its precision', () => {
    expect(mergeKey(ev('a', 'x', day('2024-10-04')))).toBe('2024-10-04/2024-10-04/day');
    expect(mergeKey(ev('a', 'x', day('2021-01-01', '2021-12-31', 'year')))).not.toBe(mergeKey(ev('b', 'x', day('2021-01-01', '2021-12-31', 'decade'))));
  });
});

describe('sameEvent', () => {
  const cases = [
    { a: 'Lavrov calls on West to lift sanctions', b: 'Lavrov urges West to lift sanctions', same: true },
    { a: 'Taliban return to power', b: 'Taliban returns to power', same: true },
    { a: 'Lavrov calls on West to lift sanctions', b: 'Bortnikov says he wants to see cooperation', same: false },
    { a: 'Lavrov speaks at opening of forum', b: 'Lavrov calls on West to lift sanctions', same: false },
    { a: 'Taliban return', b: 'Taliban leave', same: false },
  ];
  for (const { a, b, same } of cases) {
    it(`"${a}" ${same ? '=' : '≠'} "${b}" on the same day`, () => {
      expect(sameEvent(ev('1', a, day('2024-10-04')), ev('2', b, day('2024-10-04')))).toBe(same);
    });
  }
  it('never merges different intervals, however alike the labels', () => {
    expect(sameEvent(ev('1', 'Taliban return to power', day('2021-08-15')), ev('2', 'Taliban return to power', day('2021-08-16')))).toBe(false);
  });
  it('compares stems, not spellings', () => {
    expect(labelOverlap('sanctions lifted', 'sanction lifts').shared).toBe(2);
  });
});

describe('groupSameEvents', () => {
  it('groups twins transitively, in order of first appearance, and keeps singles', () => {
    const d = day('2024-10-04');
    const events = [
      ev('a', 'Lavrov calls on West to lift sanctions', d),
      ev('b', 'Bortnikov says he wants cooperation', d),
      ev('c', 'Lavrov urges West to lift sanctions', d),
      ev('d', 'Lavrov urges West to lift all sanctions quickly', d),
      ev('e', 'Lavrov calls on West to lift sanctions', day('2024-10-05')),
    ];
    expect(groupSameEvents(events).map((g) => g.map((e) => e.id))).toEqual([['a', 'c', 'd'], ['b'], ['e']]);
  });
  it('returns nothing for nothing', () => {
    expect(groupSameEvents([])).toEqual([]);
  });
});
