// The e2e harness: the real renderer (dist/renderer, built once by global-setup.ts) in Debian's
// Chromium, talking to the real library service through the same validation and dispatch code as
// the Electron main process (electron/main/dispatch.ts); only the transport differs.
//
//   const app = await launchApp();                      // sample corpus; { documents: [] } for an empty library
//   await app.page.getByRole('button', { name: 'Fit' }).click();
//   app.dialog.nextOpenPaths(['test/fixtures/mixed']);  // what the next open dialog returns
//   app.dialog.nextSavePath('/tmp/out.png');            // what the next save dialog returns
//   await app.notify('menuCommand', { command: 'zoomIn' });
//   await app.dropFiles(['/tmp/a.txt']);                // a drop on <body>; eventline.pathForFile resolves it
//   await app.service.idle();                           // let ingests and watched-folder updates finish
//   await app.screenshot('timeline-fit');               // test/e2e/screenshots/timeline-fit.png
//   await app.close();
//
// Guard each file with `describe.skipIf(e2eUnavailable() !== null)` so a machine without Chromium
// says why instead of failing obscurely.
// Each run builds the renderer into its own temp folder (global-setup.ts); for a quick rerun on
// `npm run build`'s dist/renderer, set EVENTLINE_E2E_SKIP_BUILD=1.
export { launchApp, type App, type DialogStandIns, type LaunchOptions } from './launch';
export { e2eUnavailable, REPO_ROOT, SAMPLE_DOCUMENTS, SCREENSHOT_DIR } from './paths';
