// Before any migration changes a workspace written by an older Thorline, a byte-for-byte
// copy of the file is written next to it (name.thorline.v2-backup-<time>), so an upgrade
// that goes wrong, or a change of mind, costs nothing. The copy is written under a
// temporary name and renamed into place: a crash never leaves half a backup that looks whole.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from './index';

export interface WorkspaceUpgrade {
  fromVersion: number;
  toVersion: number;
  /** Where the copy of the file as it was before the upgrade is. */
  backupPath: string;
}

const upgrades = new WeakMap<Database.Database, WorkspaceUpgrade>();

/** The upgrade made when this connection opened its workspace, if any. */
export function upgradeOf(db: Database.Database): WorkspaceUpgrade | null {
  return upgrades.get(db) ?? null;
}

/**
 * Copies the file when it holds an older schema that migrations are about to change.
 * Call after the file is known to be a workspace and before anything writes to it.
 */
export function backupBeforeUpgrade(db: Database.Database, path: string, now = new Date()): void {
  if (path === ':memory:') return;
  const fromVersion = db.pragma('user_version', { simple: true }) as number;
  if (fromVersion === 0 || fromVersion >= LATEST_SCHEMA_VERSION) return;
  // Fold a write-ahead log left by an earlier session into the file, so the copy is whole.
  if (fs.existsSync(`${path}-wal`)) db.pragma('wal_checkpoint(TRUNCATE)');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const backupPath = `${path}.v${fromVersion}-backup-${stamp}`;
  const temporary = `${backupPath}.partial`;
  fs.copyFileSync(path, temporary, fs.constants.COPYFILE_EXCL);
  const fd = fs.openSync(temporary, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, backupPath);
  upgrades.set(db, { fromVersion, toVersion: LATEST_SCHEMA_VERSION, backupPath });
}
