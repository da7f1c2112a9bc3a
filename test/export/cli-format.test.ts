// `extract --format` prints each export on stdout, and each parses with the tool it is meant for.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'eventline-cli-'));
const file = path.join(dir, 'report.txt');
writeFileSync(file, 'date 2024-10-04\nThe council met on 12 March 2019, and again in 2021.\n');

const extract = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli.ts'), 'extract', ...args], { cwd: root, encoding: 'utf8' });

// The exports are compared with what `--json` extracts, so they hold whatever the temporal engine finds.
const extracted = async () => {
  const { events } = JSON.parse((await extract('--json', file)).stdout) as { events: { date: { start: string } }[] };
  return events.map((e) => e.date.start).sort();
};

describe('extract --format', () => {
  it('prints CSV that parses to one row per event', async () => {
    const { stdout } = await extract('--format', 'csv', file);
    const rows = parse(stdout, { bom: true, columns: true }) as Record<string, string>[];
    const starts = await extracted();
    expect(starts).toContain('2021-01-01');
    expect(rows.map((r) => r.start).sort()).toEqual(starts);
    expect(rows.every((r) => r['document path'] === file)).toBe(true);
  });

  it('prints iCalendar that ical.js reads', async () => {
    const { stdout } = await extract('--format=ics', file);
    const vevents = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => e.startDate.toString()).sort()).toEqual(await extracted());
  });

  it('prints TimelineJS and JSON', async () => {
    const timeline = JSON.parse((await extract('--format', 'timelinejs', file)).stdout) as { events: { start_date: { year: number } }[] };
    expect(timeline.events.some((e) => e.start_date.year === 2021)).toBe(true);
    const data = JSON.parse((await extract('--format', 'json', file)).stdout) as { documents: { path: string }[]; events: unknown[] };
    expect(data.documents[0]?.path).toBe(file);
    expect(data.events.length).toBeGreaterThan(0);
  });

  it('rejects an unknown format with exit code 2', async () => {
    await expect(extract('--format', 'xls', file)).rejects.toMatchObject({ code: 2 });
  });
}, 60_000);
