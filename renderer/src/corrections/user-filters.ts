// The filters the user's layer adds to the query: tags, and whether hidden events show.
import { useCallback, useMemo, useState } from 'react';
import type { EventQuery } from '../../../electron/shared/contract';

export interface UserFilters {
  readonly tags: readonly string[];
  readonly includeHidden: boolean;
}

export const NO_USER_FILTERS: UserFilters = { tags: [], includeHidden: false };

/** The query with the user filters added (absent when they do not narrow anything). */
export function withUserFilters(query: EventQuery, f: UserFilters): EventQuery {
  return {
    ...query,
    ...(f.tags.length > 0 ? { tags: f.tags } : {}),
    ...(f.includeHidden ? { includeHidden: true } : {}),
  };
}

export function useUserFilters() {
  const [filters, setFilters] = useState<UserFilters>(NO_USER_FILTERS);
  const toggleTag = useCallback((tag: string) => setFilters((f) => ({ ...f, tags: f.tags.includes(tag) ? f.tags.filter((t) => t !== tag) : [...f.tags, tag] })), []);
  const setIncludeHidden = useCallback((includeHidden: boolean) => setFilters((f) => ({ ...f, includeHidden })), []);
  const clear = useCallback(() => setFilters(NO_USER_FILTERS), []);
  return useMemo(() => ({ filters, toggleTag, setIncludeHidden, clear }), [filters, toggleTag, setIncludeHidden, clear]);
}

export type UserFilterState = ReturnType<typeof useUserFilters>;

/** Tags as the user types them: "a, b ,a" -> ["a", "b"]. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t.length > 0))];
}
