// Drag and drop of files onto the window: shows a drop target while files hover, then hands their
// paths (resolved by the preload from the File objects) to the ingest.
import { useEffect, useRef, useState } from 'react';
import { api } from '../api';

export interface FileDrop {
  readonly over: boolean;
  /** Set when a drop could not be used (no paths), for a short message. */
  readonly problem: string | null;
}

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function useFileDrop(onPaths: (paths: readonly string[]) => void): FileDrop {
  const [over, setOver] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const depth = useRef(0);
  const latest = useRef(onPaths);
  latest.current = onPaths;

  useEffect(() => {
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setOver(true);
    };
    const overFn = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allows the drop (and stops the browser from navigating to the file)
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (e: DragEvent): void => {
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      const toPath = api().pathForFile;
      const paths = toPath ? files.map((f) => toPath(f)).filter((p) => p.length > 0) : [];
      if (paths.length === 0) {
        setProblem('These files cannot be added by dropping here. Use Open files instead.');
        return;
      }
      setProblem(null);
      latest.current(paths);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overFn);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return { over, problem };
}
