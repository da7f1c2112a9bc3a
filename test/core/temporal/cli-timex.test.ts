// The `timex` command line (a stable interface: scripts and benchmarks use it).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'timex', ...args], { input, encoding: 'utf8' });

describe('timex CLI', () => {
  it('prints {start,end,text,type,value} for stdin with a document date', () => {
    const r = run(['--dct', '2024-10-04'], 'In the 1980s the Soviet Union waged war. Lavrov said Friday.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { start: 3, end: 12, text: 'the 1980s', type: 'DATE', value: '198' },
      { start: 53, end: 59, text: 'Friday', type: 'DATE', value: '2024-10-04' },
    ]);
  }, 30_000);

  it('--batch answers one JSON line per input line, each with its own date', () => {
    const input = [{ id: 1, dct: '2024-10-04', text: 'They met Friday.' }, { id: 'b', dct: null, text: 'They met Friday.' }].map((l) => JSON.stringify(l)).join('\n');
    const r = run(['--dct', 'none', '--batch'], input);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 1, timexes: [{ start: 9, end: 15, text: 'Friday', type: 'DATE', value: '2024-10-04' }] },
      { id: 'b', timexes: [{ start: 9, end: 15, text: 'Friday', type: 'DATE', value: 'XXXX-WXX-5' }] },
    ]);
  }, 30_000);

  it('rejects a malformed --dct with exit code 2', () => {
    const r = run(['--dct', '04/10/2024'], '');
    expect(r.status).toBe(2);
  }, 30_000);
});
