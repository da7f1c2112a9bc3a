// A small pool of extraction worker threads. Each worker runs one file at a time; a file that
// exceeds the time limit, or a worker that dies (out of memory, crash), costs only that file:
// the worker is terminated and replaced, and the file gets an error.
import { Worker } from 'node:worker_threads';
import { FILE_TIME_LIMIT_MS, WORKER_HEAP_LIMIT_MB } from '../limits';
import { runExtractTask, type ExtractResult, type ExtractTask } from './extract-task';

export interface WorkerSource {
  /** The worker entry: dist/main/extract-worker.cjs when bundled, or extract-worker.ts under tsx. */
  readonly path: string | URL;
  /** e.g. ['--require', 'tsx/cjs'] to run the TypeScript entry directly (`--import tsx` does not reach worker threads on Node 20). */
  readonly execArgv?: readonly string[];
}

export interface PoolOptions {
  readonly worker?: WorkerSource;
  readonly size?: number;
  readonly timeLimitMs?: number;
}

export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractResult | { kind: 'cancelled' }>;
  /** Ends every running task now (terminating its worker); they resolve as cancelled. */
  cancelAll(): void;
  readonly size: number;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  /** Claimed by a caller (set synchronously, so two callers never get the same worker). */
  reserved: boolean;
  busy: { id: number; settle: (r: ExtractResult | { kind: 'cancelled' }) => void; timer: NodeJS.Timeout } | null;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/** Runs tasks in this thread: for the command line and tests. The time limit is reported but the
 * work cannot be interrupted here. */
function inProcessPool(timeLimitMs: number): ExtractPool {
  return {
    size: 1,
    run: async (task) => {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<ExtractResult>((resolve) => {
        timer = setTimeout(() => resolve({ kind: 'error', message: `extraction took longer than ${seconds(timeLimitMs)}; abandoned` }), timeLimitMs);
      });
      try {
        return await Promise.race([runExtractTask(task), limit]);
      } finally {
        clearTimeout(timer);
      }
    },
    cancelAll: () => undefined,
    close: async () => undefined,
  };
}

export function createExtractPool(options: PoolOptions = {}): ExtractPool {
  const timeLimitMs = options.timeLimitMs ?? FILE_TIME_LIMIT_MS;
  const source = options.worker;
  if (!source) return inProcessPool(timeLimitMs);
  const size = Math.max(1, options.size ?? 2);
  const slots: Slot[] = [];
  const waiting: (() => void)[] = [];
  let nextId = 1;

  const retire = (slot: Slot, result: ExtractResult | { kind: 'cancelled' }) => {
    const busy = slot.busy;
    slot.busy = null;
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    void slot.worker.terminate();
    if (busy) {
      clearTimeout(busy.timer);
      busy.settle(result);
    }
    waiting.shift()?.();
  };

  const spawn = (): Slot => {
    const worker = new Worker(source.path, {
      execArgv: source.execArgv ? [...source.execArgv] : undefined,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
    });
    const slot: Slot = { worker, reserved: false, busy: null };
    worker.on('message', (m: { id: number; result: ExtractResult }) => {
      const busy = slot.busy;
      if (!busy || busy.id !== m.id) return;
      clearTimeout(busy.timer);
      slot.busy = null;
      slot.reserved = false;
      worker.unref(); // an idle worker must not keep the process alive
      busy.settle(m.result);
      waiting.shift()?.();
    });
    worker.on('error', (e) => retire(slot, { kind: 'error', message: `extraction failed: ${e.message}` }));
    worker.on('exit', (code) => {
      if (slots.includes(slot)) retire(slot, { kind: 'error', message: `extraction worker stopped (exit code ${code})` });
    });
    slots.push(slot);
    return slot;
  };

  const freeSlot = async (): Promise<Slot> => {
    for (;;) {
      const slot = slots.find((s) => !s.reserved) ?? (slots.length < size ? spawn() : null);
      if (slot) {
        slot.reserved = true;
        return slot;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  return {
    size,
    run: async (task) => {
      const slot = await freeSlot();
      const id = nextId++;
      return new Promise((settle) => {
        const timer = setTimeout(() => retire(slot, { kind: 'error', message: `extraction took longer than ${seconds(timeLimitMs)}; the file was abandoned` }), timeLimitMs);
        slot.busy = { id, settle, timer };
        slot.worker.ref();
        slot.worker.postMessage({ id, task });
      });
    },
    cancelAll: () => {
      for (const slot of slots.filter((s) => s.busy)) retire(slot, { kind: 'cancelled' });
      waiting.splice(0).forEach((wake) => wake());
    },
    close: async () => {
      const all = slots.splice(0);
      for (const slot of all) {
        if (slot.busy) {
          clearTimeout(slot.busy.timer);
          slot.busy.settle({ kind: 'cancelled' });
        }
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
