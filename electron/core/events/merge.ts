// The same happening told in several places ("Lavrov calls on West to lift sanctions" in one article,
// "Lavrov urges West to lift sanctions" in another): same calendar interval and similar labels.
// Pure grouping; the UI decides how to show a group, and the user can merge or split by hand.
import type { Event } from '../../shared/model';

/** Events can be the same happening only if this key is equal: same interval at the same precision. */
export function mergeKey(event: Pick<Event, 'date'>): string {
  const { start, end, granularity } = event.date;
  return `${start}/${end}/${granularity}`;
}

const STOP = new Set(['a', 'an', 'the', 'of', 'to', 'on', 'in', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'is', 'are', 'be', 'does', 'do', 'not', 'he', 'she', 'it', 'they', 'its', 'his', 'her', 'their']);

/** Content words of a label, lower-cased and crudely stemmed ("sanctions" ~ "sanction", "calls" ~ "call"). */
export function labelWords(label: string): Set<string> {
  const words = label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w));
  return new Set(words.map((w) => (w.length > 4 ? w.replace(/(?:ies)$/, 'y').replace(/(?:es|s|ed|ing)$/, '') : w)));
}

/** Shared content words over the smaller label's count (0..1), with the number shared. */
export function labelOverlap(a: string, b: string): { ratio: number; shared: number } {
  const wa = labelWords(a);
  const wb = labelWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const smaller = Math.min(wa.size, wb.size);
  return { ratio: smaller === 0 ? 0 : shared / smaller, shared };
}

/** Whether two events are the same happening: same interval, and labels sharing at least two
 * content words and at least `threshold` of the shorter label's. */
export function sameEvent(a: Pick<Event, 'date' | 'label'>, b: Pick<Event, 'date' | 'label'>, threshold = 0.6): boolean {
  if (mergeKey(a) !== mergeKey(b)) return false;
  const { ratio, shared } = labelOverlap(a.label, b.label);
  return shared >= 2 && ratio >= threshold;
}

/** Groups events that tell the same happening (transitively), in order of first appearance; an
 * event with no twin is a group of one. */
export function groupSameEvents<E extends Pick<Event, 'date' | 'label'>>(events: readonly E[], threshold = 0.6): E[][] {
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byKey = new Map<string, number[]>();
  events.forEach((e, i) => {
    const key = mergeKey(e);
    const same = byKey.get(key) ?? [];
    for (const j of same) if (sameEvent(events[j]!, e, threshold)) parent[find(i)] = find(j);
    same.push(i);
    byKey.set(key, same);
  });
  const groups = new Map<number, E[]>();
  events.forEach((e, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), e]);
  });
  return [...groups.values()];
}
