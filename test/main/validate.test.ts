// Every channel's argument is checked at run time: a good example passes, bad ones are refused.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel, type Req } from '../../electron/shared/contract';
import { parseRequest } from '../../electron/main/validate';

const good: { readonly [C in InvokeChannel]: Req<C> } = {
  listDocuments: {},
  getDocument: { id: 'd1' },
  listEvents: { query: { from: '2024-01-01', to: '-000043-03-15', granularities: ['day'], text: 'Lavrov' } },
  openDocuments: { kind: 'folder' },
  addDroppedFiles: { paths: ['/tmp/a.txt'] },
  cancelIngest: {},
  listIngestErrors: {},
  removeDocuments: { ids: ['d1'] },
  listFolders: {},
  removeFolder: { path: '/tmp/docs' },
  setDocumentDate: { id: 'd1', dct: '2024-10-04' },
  editEvent: { id: 'e1', edit: { label: 'New label', date: { start: '2021-01-01', end: '2021-12-31', granularity: 'year' }, hidden: true } },
  addEvent: { documentId: 'd1', paragraph: 0, start: 3, end: 9 },
  mergeEvents: { keepId: 'e1', mergeIds: ['e2'] },
  listOrphanEdits: {},
  exportTimeline: { format: 'csv' },
  saveProject: { view: { lanesByDocument: true, theme: 'dark' } },
  openProject: {},
  getViewState: {},
  setViewState: { view: { window: { start: '2020-01-01', end: '2025-01-01' } } },
  openExternal: { url: 'https://example.com/' },
};

const bad: readonly (readonly [InvokeChannel, unknown])[] = [
  ['listDocuments', { sneaky: 1 }],
  ['listDocuments', null],
  ['getDocument', { id: '' }],
  ['getDocument', 'd1'],
  ['listEvents', { query: { granularities: ['fortnight'] } }],
  ['openDocuments', { kind: 'anything' }],
  ['addDroppedFiles', { paths: [] }],
  ['addDroppedFiles', { paths: [42] }],
  ['addDroppedFiles', { paths: ['relative/a.txt'] }],
  ['removeFolder', { path: '' }],
  ['setDocumentDate', { id: 'd1', dct: '4 Oct 2024' }],
  ['editEvent', { id: 'e1', edit: { date: { start: '2021', end: '2021', granularity: 'year' } } }],
  ['addEvent', { documentId: 'd1', paragraph: 0, start: 9, end: 3 }],
  ['addEvent', { documentId: 'd1', paragraph: -1, start: 0, end: 3 }],
  ['mergeEvents', { keepId: 'e1', mergeIds: [] }],
  ['exportTimeline', { format: 'docx' }],
  ['setViewState', { view: { theme: 'neon' } }],
  ['openExternal', { url: 'javascript:alert(1)' }],
  ['openExternal', { url: 'file:///etc/passwd' }],
];

describe('request validation', () => {
  for (const channel of INVOKE_CHANNELS) {
    it(`accepts a well-formed ${channel} request`, () => {
      expect(parseRequest(channel, good[channel])).toEqual(good[channel]);
    });
  }
  for (const [channel, req] of bad) {
    it(`refuses ${channel}(${JSON.stringify(req)})`, () => {
      expect(() => parseRequest(channel, req)).toThrow(new RegExp(`invalid argument for ${channel}`));
    });
  }
});
