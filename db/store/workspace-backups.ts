// Finds the newest backup beside a workspace (files named like "<workspace>-backup-…",
// written before a migration), so a refusal to open a damaged file can point to it.
import fs from 'node:fs';
import path from 'node:path';

export function newestBackup(workspacePath: string): string | null {
  const dir = path.dirname(workspacePath);
  const stem = path.basename(workspacePath).replace(/\.[^.]*$/, '');
  let best: { file: string; at: number } | null = null;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  for (const name of names) {
    if (!name.startsWith(stem) || !name.includes('-backup-')) continue;
    const file = path.join(dir, name);
    const at = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (at !== undefined && (best === null || at > best.at)) best = { file, at };
  }
  return best?.file ?? null;
}

/** A sentence for a refusal message: where the last backup is, or that there is none. */
export function latestBackupNote(workspacePath: string): string {
  if (workspacePath === ':memory:') return '';
  const backup = newestBackup(workspacePath);
  return backup
    ? ` The newest backup beside it is ${backup}: open a copy of it to go on working.`
    : ' No backup was found beside it; restore the file from your own backups.';
}
