// Entry point of the main process (bundled by electron/build.mjs into dist/main/main.cjs).
import { startApp } from './app';

startApp(__dirname).catch((e: unknown) => {
  console.error('eventline: failed to start:', e);
  process.exit(1);
});
