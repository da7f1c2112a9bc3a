// @vitest-environment jsdom
// The event list in a DOM: windowed (100,000 events make a few dozen nodes) and driven by the keyboard.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Event, EventUserData } from '../../electron/shared/model';
import { EventList, type EventListProps } from '../../renderer/src/list/EventList';
import { date, event } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const many: Event[] = Array.from({ length: 100_000 }, (_, i) => event(`e${i}`, date('2000-01-01', '2000-01-01', 'day'), { label: `Event number ${i}` }));

describe('EventList', () => {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    // jsdom has no layout: give the list a height and a ResizeObserver that reports nothing new.
    vi.stubGlobal('ResizeObserver', class { observe(): void {} disconnect(): void {} });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 540 });
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.unstubAllGlobals();
  });

  const render = (props: Partial<EventListProps>): void => {
    const all: EventListProps = { events: many, documents: [], selectedId: null, windowIndex: null, onSelect: () => undefined, onOpen: () => undefined, onClose: () => undefined, ...props };
    act(() => root.render(createElement(EventList, all)));
  };
  const key = (k: string): void => {
    const box = host.querySelector('[role="listbox"]');
    act(() => void box?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
  };

  it('puts only a screenful of 100,000 events in the DOM, each telling its position', () => {
    render({});
    const options = host.querySelectorAll('[role="option"]');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(40);
    expect(options[0]?.getAttribute('aria-setsize')).toBe('100000');
    expect(options[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(host.querySelector('[role="listbox"]')?.getAttribute('aria-label')).toBe('Events in date order, 100000 events');
  });

  it('renders the rows around the selection when it is far down the list', () => {
    render({ selectedId: 'e50000' });
    const selected = host.querySelector('[aria-selected="true"]');
    expect(selected?.textContent).toContain('Event number 50000');
    expect(host.querySelector('[role="listbox"]')?.getAttribute('aria-activedescendant')).toBe('event-option-e50000');
    expect(host.querySelectorAll('[role="option"]').length).toBeLessThan(40);
  });

  it('moves with the arrows, opens with Enter and closes with Escape', () => {
    const onSelect = vi.fn();
    const onOpen = vi.fn();
    const onClose = vi.fn();
    render({ selectedId: 'e10', onSelect, onOpen, onClose });
    key('ArrowDown');
    expect(onSelect).toHaveBeenLastCalledWith('e11');
    key('ArrowUp');
    expect(onSelect).toHaveBeenLastCalledWith('e9');
    key('End');
    expect(onSelect).toHaveBeenLastCalledWith('e99999');
    key('Enter');
    expect(onOpen).toHaveBeenCalledWith('e10');
    key('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('starts at the first event when nothing is selected', () => {
    const onSelect = vi.fn();
    render({ onSelect });
    key('ArrowDown');
    expect(onSelect).toHaveBeenLastCalledWith('e0');
  });

  // Same mounting as above; only the rows' classes are looked at.
  it('marks hidden rows (muted, struck), corrected rows and rows the user added', () => {
    const d = date('2000-01-01', '2000-01-01', 'day');
    const user = (u: Partial<EventUserData>): EventUserData => ({ origin: 'extracted', hidden: false, edited: false, note: '', tags: [], mergedIds: [], ...u });
    const events = [
      event('plain', d),
      event('hidden', d, { user: user({ hidden: true }) }),
      event('fixed', d, { user: user({ edited: true }) }),
      event('mine', d, { user: user({ origin: 'user' }) }),
    ];
    act(() => root.render(createElement(EventList, { events, documents: [], selectedId: null, windowIndex: null, onSelect: () => undefined, onOpen: () => undefined, onClose: () => undefined })));
    const row = (id: string): string => host.querySelector(`#event-option-${id}`)?.className ?? '';
    expect(row('plain')).toBe('event-row');
    expect(row('hidden')).toContain('hidden-event');
    expect(row('fixed')).toContain('corrected');
    expect(row('mine')).toContain('user-added');
    expect(row('mine')).not.toContain('corrected');
  });
});
