// Saving and opening `.eventline` project files on disk. Opening re-ingests the documents by path
// (or beside the project file, when they moved with it), restores the edits and the view; a document
// that is missing, unreadable or changed since the save is listed in `missing`, never fatal.
import { access, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestSummary, NotifyContract, ViewState } from '../../shared/contract';
import type { DocumentSummary } from '../../shared/model';
import { buildProject, parseProject, relocateEdits, serializeProject } from '../../core/project/project-file';
import type { EditStore } from '../edits/edit-store';

export interface ProjectDeps {
  readonly edits: EditStore;
  readonly listDocuments: () => readonly DocumentSummary[];
  readonly addPaths: (req: { readonly paths: readonly string[] }) => Promise<IngestSummary>;
  readonly setViewState: (req: { readonly view: ViewState }) => void;
  readonly emit: (reason: NotifyContract['libraryChanged']['reason']) => void;
  readonly now?: () => Date;
}

export interface ProjectMethods {
  /** Writes the project (the library's documents and edits, and `view`) to `path`. */
  saveProject(req: { readonly path: string; readonly view: ViewState }): Promise<{ readonly path: string }>;
  openProject(req: { readonly path: string }): Promise<{ readonly view: ViewState; readonly missing: readonly string[] }>;
}

const exists = (p: string) => access(p).then(() => true, () => false);

export function createProjectService(deps: ProjectDeps): ProjectMethods {
  return {
    saveProject: async ({ path: file, view }) => {
      const target = path.resolve(file);
      const dir = path.dirname(target);
      const documents = deps.listDocuments().map((d) => ({ path: d.path, relativePath: path.relative(dir, d.path), contentHash: d.contentHash, title: d.title }));
      const project = buildProject(documents, deps.edits.all(), view, (deps.now?.() ?? new Date()).toISOString());
      // Written beside the target, then renamed over it: a crash never leaves half a project.
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, serializeProject(project), 'utf8');
      await rename(temp, target);
      return { path: target };
    },
    openProject: async ({ path: file }) => {
      const source = path.resolve(file);
      const project = parseProject(await readFile(source, 'utf8'));
      const dir = path.dirname(source);
      const missing: string[] = [];
      const found: { saved: string; now: string; hash: string }[] = [];
      for (const doc of project.documents) {
        const beside = doc.relativePath !== undefined ? path.resolve(dir, doc.relativePath) : null;
        const at = (await exists(doc.path)) ? doc.path : beside && (await exists(beside)) ? beside : null;
        if (at) found.push({ saved: doc.path, now: at, hash: doc.contentHash });
        else missing.push(doc.path);
      }
      const summary = found.length ? await deps.addPaths({ paths: found.map((f) => f.now) }) : null;
      const failed = new Set(summary?.errors.map((e) => e.path) ?? []);
      const inLibrary = new Map(deps.listDocuments().map((d) => [d.path, d]));
      for (const f of found) {
        const doc = inLibrary.get(f.now);
        // Unreadable now, or changed since the save: its edits may no longer fit (listOrphanEdits says which).
        if (failed.has(f.now) || !doc || doc.contentHash !== f.hash) missing.push(f.saved);
      }
      const moved = new Map(found.filter((f) => f.saved !== f.now).map((f) => [f.saved, f.now]));
      const edits = relocateEdits(project.edits, moved);
      // The project's edits replace those of its documents; edits of other documents stay.
      const projectPaths = new Set([...project.documents.map((d) => d.path), ...moved.values()]);
      deps.edits.replaceAll([...deps.edits.all().filter((e) => !projectPaths.has(e.anchor.documentPath)), ...edits]);
      deps.setViewState({ view: project.view });
      deps.emit('project');
      return { view: project.view, missing };
    },
  };
}
