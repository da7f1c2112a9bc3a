// Which event is selected, and whether its panel and its source reader are open: the one place
// where the list, the timeline and the reader agree on the selection.
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { TimelineHandle } from '../timeline/TimelineView';

export interface Selection {
  readonly selectedId: string | null;
  readonly panelOpen: boolean;
  readonly readerOpen: boolean;
  /** Arrow keys or a related event: select and centre the timeline on it (the panel stays as it is). */
  selectQuietly(id: string): void;
  openPanel(id: string): void;
  closePanel(): void;
  /** The timeline reports a click (an event, or the background). */
  onTimelineSelect(id: string | null): void;
  openReader(): void;
  closeReader(): void;
  /** An event picked in the reader: back to the timeline, centred on it, with its panel. */
  pickFromReader(id: string): void;
}

export function useSelection(timeline: RefObject<TimelineHandle | null>): Selection {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [readerOpen, setReaderOpen] = useState(false);
  // focus() reports the selection back through onSelect; that echo must not open the panel.
  const quiet = useRef<string | null>(null);

  const selectQuietly = useCallback(
    (id: string) => {
      setSelectedId(id);
      quiet.current = id;
      timeline.current?.focus(id);
      quiet.current = null;
    },
    [timeline],
  );
  const openPanel = useCallback((id: string) => {
    setSelectedId(id);
    setPanelOpen(true);
  }, []);
  const closePanel = useCallback(() => {
    setPanelOpen(false);
    setReaderOpen(false);
  }, []);
  const onTimelineSelect = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id === null || id !== quiet.current) setPanelOpen(id !== null);
  }, []);
  const openReader = useCallback(() => setReaderOpen(true), []);
  const closeReader = useCallback(() => {
    setReaderOpen(false);
    // Back where the reader was opened from.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-open-source]')?.focus());
  }, []);
  const pickFromReader = useCallback(
    (id: string) => {
      setReaderOpen(false);
      setSelectedId(id);
      setPanelOpen(true);
      timeline.current?.focus(id);
    },
    [timeline],
  );

  return useMemo(
    () => ({ selectedId, panelOpen, readerOpen, selectQuietly, openPanel, closePanel, onTimelineSelect, openReader, closeReader, pickFromReader }),
    [selectedId, panelOpen, readerOpen, selectQuietly, openPanel, closePanel, onTimelineSelect, openReader, closeReader, pickFromReader],
  );
}
