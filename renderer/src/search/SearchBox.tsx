// The search field of the toolbar, with the result count announced politely.
import { forwardRef, type JSX } from 'react';

export interface SearchBoxProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly count: number;
  readonly filtered: boolean;
}

export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox({ value, onChange, count, filtered }, ref): JSX.Element {
  return (
    <div className="search-box" role="search">
      <input
        ref={ref}
        type="search"
        placeholder="Search events"
        title="Search sentences and labels ( / or Ctrl+F)"
        aria-label="Search sentences and labels"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.stopPropagation();
            onChange('');
          }
        }}
      />
      <output className="result-count" aria-live="polite" data-testid="result-count">
        {count.toLocaleString('en')} {count === 1 ? 'event' : 'events'}
        {filtered ? ' found' : ''}
      </output>
    </div>
  );
});
