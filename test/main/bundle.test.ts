// The esbuild bundles Electron loads: the sandboxed preload may require nothing but `electron`, and
// main may require only Node built-ins, electron and declared runtime dependencies (what the package ships).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../electron/shared/contract';

const requires = (file: string) => [...new Set([...readFileSync(file, 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!))];
const packageName = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

beforeAll(() => {
  execFileSync(process.execPath, ['electron/build.mjs'], { stdio: 'pipe' });
});

describe('electron bundles', () => {
  it('the preload is one file that requires only electron', () => {
    const code = readFileSync('dist/preload/preload.cjs', 'utf8');
    expect(requires('dist/preload/preload.cjs')).toEqual(['electron']);
    // Nor may it touch what a sandboxed preload does not have.
    expect(code).not.toMatch(/__filename|__dirname|process\.env|module\.exports/);
  });

  it('the preload runs where only `require(\'electron\')` exists, and exposes the bridge', () => {
    const exposed: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: object) => exposed.push(key, ...Object.keys(api)) },
      ipcRenderer: {},
      webUtils: {},
    };
    const sandboxRequire = (id: string) => {
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return electron;
    };
    runInNewContext(readFileSync('dist/preload/preload.cjs', 'utf8'), { require: sandboxRequire });
    expect(exposed[0]).toBe('eventline');
    expect(exposed.slice(1).sort()).toEqual([...INVOKE_CHANNELS, 'on', 'pathForFile'].sort());
  });

  it('main requires only built-ins, electron and runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const allowed = new Set(['electron', ...Object.keys(pkg.dependencies), ...builtinModules]);
    const stray = requires('dist/main/main.cjs').filter((spec) => !spec.startsWith('node:') && !allowed.has(packageName(spec)));
    expect(stray).toEqual([]);
  });

  it('main boots in Node with a stand-in electron, ingests the sample corpus with the bundled worker, and serves it', () => {
    const userData = mkdtempSync(join(tmpdir(), 'eventline-bundle-'));
    const out = execFileSync(process.execPath, ['-r', './test/main/fixtures/fake-electron.cjs', 'dist/main/main.cjs'], {
      env: { ...process.env, FAKE_USER_DATA: userData },
      encoding: 'utf8',
      timeout: 90_000,
    });
    const report = JSON.parse(out.trim().split('\n').at(-1)!) as { channels: string[]; webPreferences: Record<string, unknown>; events: string[]; notifications: string[] };
    expect(report.channels).toEqual([...INVOKE_CHANNELS].sort());
    expect(report.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: resolve('dist/preload/preload.cjs') });
    // The seed's day event is enough to show the path works; the core's own tests check every date.
    expect(report.events).toContain('2024-10-04..2024-10-04 day');
    expect(report.notifications).toEqual(expect.arrayContaining(['libraryChanged']));
  }, 120_000);
});
