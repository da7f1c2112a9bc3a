// The built pieces and the sample corpus are found both in development and in a package.
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../electron/main/app-paths';

describe('app paths', () => {
  it('in development, from dist/main', () => {
    expect(resolveAppPaths('/repo/dist/main', false, '/ignored')).toEqual({
      preload: '/repo/dist/preload/preload.cjs',
      rendererIndex: '/repo/dist/renderer/index.html',
      sampleDocuments: '/repo/assets/documents',
    });
  });

  it('in a package, the corpus from resources (electron-builder extraResources)', () => {
    const paths = resolveAppPaths('/opt/Eventline/resources/app.asar/dist/main', true, '/opt/Eventline/resources');
    expect(paths.preload).toBe('/opt/Eventline/resources/app.asar/dist/preload/preload.cjs');
    expect(paths.sampleDocuments).toBe('/opt/Eventline/resources/documents');
  });
});
