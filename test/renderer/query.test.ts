import { describe, expect, it } from 'vitest';
import { activeFilterCount, buildQuery, NO_FILTERS, normalizeBound } from '../../renderer/src/view/query';

describe('normalizeBound', () => {
  const cases: { in: string; side: 'from' | 'to'; out: string | null }[] = [
    { in: '1980', side: 'from', out: '1980-01-01' },
    { in: '1980', side: 'to', out: '1980-12-31' },
    { in: '1980-02', side: 'to', out: '1980-02-29' },
    { in: '2024-10-04', side: 'from', out: '2024-10-04' },
    { in: '44 BC', side: 'from', out: '-000043-01-01' },
    { in: '-43', side: 'to', out: '-000043-12-31' },
    { in: '0', side: 'from', out: '0000-01-01' },
    { in: '12000', side: 'from', out: '+012000-01-01' },
    { in: '  ', side: 'from', out: null },
    { in: 'yesterday', side: 'from', out: null },
    { in: '1980-13', side: 'from', out: null },
    { in: '1980-04-31', side: 'from', out: null },
  ];
  for (const c of cases) it(`${JSON.stringify(c.in)} as ${c.side} -> ${c.out}`, () => expect(normalizeBound(c.in, c.side)).toBe(c.out));
});

describe('buildQuery', () => {
  it('leaves every field out when nothing filters', () => expect(buildQuery(NO_FILTERS)).toEqual({}));
  it('carries text, range, documents and precision', () => {
    const f = { text: ' Taliban ', from: '1980', to: '2021', documentIds: ['d1'], granularities: ['year' as const] };
    expect(buildQuery(f)).toEqual({ text: 'Taliban', from: '1980-01-01', to: '2021-12-31', documentIds: ['d1'], granularities: ['year'] });
    expect(activeFilterCount(f)).toBe(4);
  });
  it('ignores a bound it cannot read rather than filtering everything out', () => {
    expect(buildQuery({ ...NO_FILTERS, from: 'soon' })).toEqual({});
  });
});
