// Overlap resolution: of candidates that share characters, the longest span wins; on equal length,
// the earlier recognizer in the pipeline (the more specific one) wins.
import type { Candidate } from './recognizer';

export interface Ranked {
  readonly c: Candidate;
  readonly rank: number;
  /** Parts of one range share a group; the range competes with its whole extent. */
  readonly group?: number;
}

interface Unit {
  readonly parts: readonly Candidate[];
  readonly start: number;
  readonly end: number;
  readonly rank: number;
}

export function resolveOverlaps(all: readonly Ranked[]): Candidate[] {
  // One candidate (a frequent case) has nothing to compete with.
  if (all.length === 1 && all[0]!.group === undefined) return all[0]!.c.end > all[0]!.c.start ? [all[0]!.c] : [];
  const groups = new Map<string, Candidate[]>();
  const units: Unit[] = [];
  for (const r of all) {
    if (r.c.end <= r.c.start) continue;
    if (r.group === undefined) units.push({ parts: [r.c], start: r.c.start, end: r.c.end, rank: r.rank });
    else {
      const key = `${r.rank}:${r.group}`;
      const g = groups.get(key);
      if (g) g.push(r.c);
      else groups.set(key, [r.c]);
    }
  }
  for (const [key, parts] of groups) {
    units.push({ parts, start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)), rank: Number(key.split(':')[0]) });
  }
  units.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  // Characters already taken: checking a span costs its length, so the whole pass stays linear.
  const taken = new Uint8Array(units.reduce((n, u) => Math.max(n, u.end), 0));
  const kept: Unit[] = [];
  // A plain loop, not `subarray(...).includes(1)`: that allocates a view per unit.
  next: for (const u of units) {
    for (let i = u.start; i < u.end; i++) if (taken[i]) continue next;
    taken.fill(1, u.start, u.end);
    kept.push(u);
  }
  return kept.flatMap((u) => u.parts).sort((a, b) => a.start - b.start);
}
