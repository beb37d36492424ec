// Opens (or creates) a workspace file: checks that it is a Thorline workspace of a
// version this build understands before writing anything, then migrates it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { WorkbenchError } from '../../shared/contract/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { backupBeforeUpgrade } from './migrations/backup';

export type Db = Database.Database;

/** 'THOR' in ASCII: marks a SQLite file as a Thorline workspace. */
export const THORLINE_APPLICATION_ID = 0x54484f52;
const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenOptions {
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  /** Path of a better-sqlite3 native build to load (Electron uses its own ABI build). */
  nativeBinding?: string;
}

export function openWorkspace(path: string, options: OpenOptions = {}): Db {
  const exists = path !== ':memory:' && fs.existsSync(path);
  if (!exists && path !== ':memory:' && options.create === false) {
    throw new WorkbenchError('NOT_FOUND', `Workspace file not found: ${path}`);
  }
  if (exists) checkHeader(path);
  const db = new Database(path, nativeOption(options));
  try {
    if (exists) checkIsWorkspace(db, path);
    if (exists) backupBeforeUpgrade(db, path);
    configure(db, path);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function nativeOption(options: OpenOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

function checkHeader(path: string): void {
  const stat = fs.statSync(path);
  if (stat.isDirectory()) {
    throw new WorkbenchError('BAD_FILE', `${path} is a folder, not a workspace file.`);
  }
  if (stat.size === 0) return; // an empty file is an empty SQLite database
  const fd = fs.openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    fs.readSync(fd, header, 0, 16, 0);
    if (header.toString('latin1') !== SQLITE_HEADER) {
      throw new WorkbenchError(
        'BAD_FILE',
        `${path} is not a Thorline workspace: it is not a SQLite database file. The file was left untouched.`,
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

function checkIsWorkspace(db: Db, path: string): void {
  let appId: number;
  let version: number;
  let tableCount: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    tableCount = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  } catch (err) {
    throw new WorkbenchError(
      'BAD_FILE',
      `${path} could not be read as a workspace: ${(err as Error).message}. The file was left untouched.`,
    );
  }
  if (appId !== THORLINE_APPLICATION_ID && tableCount > 0) {
    throw new WorkbenchError(
      'BAD_FILE',
      `${path} is a SQLite database but not a Thorline workspace. The file was left untouched.`,
    );
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'BAD_FILE',
      `${path} was written by a newer Thorline (workspace schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Thorline to open it. The file was left untouched.`,
    );
  }
}

function configure(db: Db, path: string): void {
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Runs each pending migration in its own transaction, bumping user_version with it. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`application_id = ${THORLINE_APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
