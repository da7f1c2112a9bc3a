import { describe, expect, it } from 'vitest';
import { buildProject, parseProject, serializeProject } from '../../electron/core/project/project-file';
import type { EditRecord } from '../../electron/core/edits/edit-record';

const edit: EditRecord = {
  id: 'r1', kind: 'extracted',
  anchor: { documentPath: '/c/a.txt', contentHash: 'h', paragraph: 0, start: 3, end: 7, text: '1998' },
  date: { start: '1998-06-01', end: '1998-06-30', granularity: 'month' }, tags: ['x'],
};

describe('project file', () => {
  it('round-trips documents, edits and view state', () => {
    const project = buildProject([{ path: '/c/a.txt', contentHash: 'h', title: 'A' }], [edit], { lanesByDocument: true, query: { tags: ['x'], from: '1990-01-01' } }, '2026-01-01T00:00:00Z');
    const back = parseProject(serializeProject(project));
    expect(back).toEqual(project);
    expect(back.edits[0]).toEqual(edit);
  });

  it('drops unknown view settings instead of refusing the file', () => {
    const text = serializeProject(buildProject([], [], {}, 'now')).replace('"view": {}', '"view": {"future": 1, "theme": "dark"}');
    expect(parseProject(text).view).toEqual({ theme: 'dark' });
  });

  it.each([
    ['not json', /not JSON/],
    ['{"format":"other"}', /not an Eventline project/],
    ['{"format":"eventline-project","version":9}', /newer Eventline/],
    ['{"format":"eventline-project","version":1,"savedAt":"x","documents":[{"path":""}],"edits":[],"view":{}}', /damaged: documents\.0/],
    [JSON.stringify({ format: 'eventline-project', version: 1, savedAt: 'x', documents: [], edits: [{ ...edit, anchor: { ...edit.anchor, start: 9 } }], view: {} }), /damaged: edits\.0\.anchor/],
    [JSON.stringify({ format: 'eventline-project', version: 1, savedAt: 'x', documents: [], edits: [{ ...edit, date: { start: 'June', end: 'x', granularity: 'day' } }], view: {} }), /damaged: edits\.0\.date/],
  ])('rejects %s with a readable message', (text, message) => {
    expect(() => parseProject(text)).toThrow(message);
  });
});
