// Small key/value settings (the view state) and the list of watched folders.
import type { Db } from './open-store';

export function createSettingsStore(db: Db) {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const folders = db.prepare('SELECT path FROM folders ORDER BY path').pluck();
  const addFolder = db.prepare('INSERT OR IGNORE INTO folders (path, added_at) VALUES (?, ?)');
  const removeFolder = db.prepare('DELETE FROM folders WHERE path = ?');
  return {
    getJson: <T>(key: string, fallback: T): T => {
      const raw = get.get(key) as string | undefined;
      return raw === undefined ? fallback : (JSON.parse(raw) as T);
    },
    setJson: (key: string, value: unknown) => void set.run(key, JSON.stringify(value)),
    folders: (): string[] => folders.all() as string[],
    addFolder: (p: string) => void addFolder.run(p, new Date().toISOString()),
    removeFolder: (p: string) => void removeFolder.run(p),
  };
}
