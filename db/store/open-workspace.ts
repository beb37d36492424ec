// Opens (or creates) a workspace file: checks that it is a Thorline workspace of a
// version this build understands, and that its pages are sound, before writing
// anything; then migrates it. Nothing is created or adopted by accident: a missing
// file is created only when the caller allows it, and an empty file (or another
// application's empty SQLite file) only when the caller asks for a workspace there.
// A file this process may not write is opened read-only and says so (db.readonly).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { WorkbenchError } from '../../shared/contract/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { latestBackupNote } from './workspace-backups';
import { backupBeforeUpgrade } from './migrations/backup';
import { refreshCasePairs } from './case-pairs';

export type Db = Database.Database;

/** 'THOR' in ASCII: marks a SQLite file as a Thorline workspace. */
export const THORLINE_APPLICATION_ID = 0x54484f52;
const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenOptions {
  /**
   * Missing file: create it unless false (default: create). Empty file or an empty SQLite
   * file of another application: make it a workspace only when true (the user asked).
   */
  create?: boolean;
  /**
   * Run SQLite's quick check of every page (default true). It reads the whole file (about
   * 4 s for 300 MB here), so a worker opening a workspace its host has just checked skips it.
   */
  check?: boolean;
  /** Open read-only even when the file could be written. */
  readOnly?: boolean;
  /** Path of a better-sqlite3 native build to load (Electron uses its own ABI build). */
  nativeBinding?: string;
}

export function openWorkspace(path: string, options: OpenOptions = {}): Db {
  const exists = path !== ':memory:' && fs.existsSync(path);
  if (!exists && path !== ':memory:' && options.create === false) {
    throw new WorkbenchError(
      'NOT_FOUND',
      `Workspace file not found: ${path}. Check the path, or ask for a new workspace to be created there.`,
    );
  }
  const blank = exists && checkHeader(path) === 'empty';
  if (blank && options.create !== true) throw refuseToAdopt(path, 'is an empty file');
  const readOnly = exists && (options.readOnly === true || !writable(path));
  const db = connect(path, { ...nativeOption(options), readonly: readOnly });
  try {
    if (exists && !blank) checkIsWorkspace(db, path, options.create === true);
    if (exists && !blank && options.check !== false) checkPages(db, path);
    // A copy of the file as it was, before any migration changes it (not needed read-only).
    if (exists && !blank && !readOnly) backupBeforeUpgrade(db, path);
    configure(db, path);
    if (!readOnly) migrate(db);
    else if (schemaVersion(db) < LATEST_SCHEMA_VERSION) throw readOnlyOld(path, schemaVersion(db));
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function connect(path: string, options: Database.Options): Db {
  try {
    return new Database(path, options);
  } catch (err) {
    throw new WorkbenchError(
      'BAD_FILE',
      `${path} cannot be opened as a workspace: ${(err as Error).message}. The file was left untouched.${latestBackupNote(path)}`,
    );
  }
}

function nativeOption(options: OpenOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

/** The file and its folder (for the WAL's side files) may be written by this process. */
function writable(path: string): boolean {
  try {
    fs.accessSync(path, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function refuseToAdopt(path: string, what: string): WorkbenchError {
  return new WorkbenchError(
    'BAD_FILE',
    `${path} ${what}, not a Thorline workspace. It was left untouched; to make a new workspace there, ask for one to be created (for example --create).`,
  );
}

function readOnlyOld(path: string, version: number): WorkbenchError {
  return new WorkbenchError(
    'READ_ONLY',
    `${path} is read-only and needs an update of its schema (version ${version}; this Thorline uses ${LATEST_SCHEMA_VERSION}). Open a writable copy to update it.`,
  );
}

function checkHeader(path: string): 'empty' | 'sqlite' {
  const stat = fs.statSync(path);
  if (stat.isDirectory()) {
    throw new WorkbenchError('BAD_FILE', `${path} is a folder, not a workspace file.`);
  }
  if (stat.size === 0) return 'empty';
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
    return 'sqlite';
  } finally {
    fs.closeSync(fd);
  }
}

function checkIsWorkspace(db: Db, path: string, create: boolean): void {
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
      `${path} could not be read as a workspace: ${(err as Error).message}. The file was left untouched.${latestBackupNote(path)}`,
    );
  }
  if (appId !== THORLINE_APPLICATION_ID && tableCount > 0) {
    throw new WorkbenchError(
      'BAD_FILE',
      `${path} is a SQLite database but not a Thorline workspace. The file was left untouched.`,
    );
  }
  if (appId !== THORLINE_APPLICATION_ID && !create)
    throw refuseToAdopt(path, 'is an empty SQLite database of another application');
  if (version > LATEST_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'BAD_FILE',
      `${path} was written by a newer Thorline (workspace schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Thorline to open it. The file was left untouched.`,
    );
  }
}

/** SQLite's quick check (page and index structure, without comparing index contents). */
function checkPages(db: Db, path: string): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check(1)', { simple: true }));
  } catch (err) {
    result = (err as Error).message;
  }
  if (result === 'ok') return;
  throw new WorkbenchError(
    'BAD_FILE',
    `${path} is damaged (SQLite's check says: ${result.slice(0, 200)}). It was not opened, so nothing more is written to it.${latestBackupNote(path)}`,
  );
}

function configure(db: Db, path: string): void {
  if (path !== ':memory:' && !db.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  if (!db.readonly) db.pragma('synchronous = NORMAL');
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
  // Migration 8 marks every entity: its case pairs are filled once, here, not on first read.
  if (current < CASE_PAIRS_VERSION) refreshCasePairs(db);
}

/** The schema version that added the case pairs table. */
const CASE_PAIRS_VERSION = 8;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
