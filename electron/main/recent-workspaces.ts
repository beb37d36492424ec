// The File > Open Recent list: the last workspaces opened, most recent first, kept in a
// small JSON file in the user data folder (written atomically).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const RECENT_LIMIT = 8;

export function readRecent(file: string): string[] {
  try {
    const list: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(list)) return [];
    return list
      .filter((p): p is string => typeof p === 'string' && path.isAbsolute(p))
      .slice(0, RECENT_LIMIT);
  } catch {
    return [];
  }
}

/** Puts workspacePath first and saves the list; returns the new list. */
export async function addRecent(file: string, workspacePath: string): Promise<string[]> {
  const list = [workspacePath, ...readRecent(file).filter((p) => p !== workspacePath)].slice(0, RECENT_LIMIT);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(list, null, 2)}\n`);
  return list;
}

export async function clearRecent(file: string): Promise<void> {
  await writeFileAtomic(file, '[]\n');
}
