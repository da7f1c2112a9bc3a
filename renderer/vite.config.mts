// Builds the renderer into dist/renderer. `base: './'` so Electron's loadFile (file://) finds the assets.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = new URL('.', import.meta.url);

export default defineConfig({
  root: decodeURIComponent(here.pathname),
  base: './',
  plugins: [react()],
  build: {
    outDir: decodeURIComponent(new URL('../dist/renderer', here).pathname),
    emptyOutDir: true,
    // vis-timeline alone is about 600 kB minified; that is expected for a desktop app.
    chunkSizeWarningLimit: 1500,
  },
});
