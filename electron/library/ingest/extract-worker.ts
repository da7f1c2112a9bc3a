// Worker-thread entry (bundled to dist/main/extract-worker.cjs): runs extraction tasks posted by
// the pool, one at a time, so parsing never blocks the main process.
import { parentPort } from 'node:worker_threads';
import { runExtractTask, type ExtractTask } from './extract-task';

interface TaskMessage {
  readonly id: number;
  readonly task: ExtractTask;
}

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
port.on('message', (message: TaskMessage) => {
  void runExtractTask(message.task).then((result) => port.postMessage({ id: message.id, result }));
});
