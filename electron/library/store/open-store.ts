// Opens (or creates) the library database: WAL journal, so a killed process leaves the last
// committed state; then applies the pending migrations, each in its own transaction.
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`the library was written by a newer Eventline (schema ${current}; this version knows ${migrations.length})`);
  }
  migrations.slice(current).forEach((migration, i) => {
    db.transaction(() => {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}

export function openDatabase(dbPath: string): Db {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
