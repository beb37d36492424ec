// The briefing report's browser test reads the PDF back with poppler (pdfinfo, pdftotext,
// pdftoppm). Installs Debian's poppler-utils where they are missing and apt is at hand.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const TOOLS = ['pdfinfo', 'pdftotext', 'pdftoppm'];
const has = (tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined;

export function ensurePoppler() {
  if (TOOLS.every(has)) return true;
  if (!fs.existsSync('/usr/bin/apt-get')) {
    console.error('poppler-utils (pdftotext) is missing and apt-get is not here: the report test will fail.');
    return false;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = isRoot ? ['apt-get'] : ['sudo', 'apt-get'];
  const run = (...args) =>
    spawnSync(apt[0], [...apt.slice(1), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  console.log('Installing poppler-utils for the PDF report test');
  // A fresh container has no package lists yet: update, then try again.
  if (!run('install', '-y', 'poppler-utils') && run('update')) run('install', '-y', 'poppler-utils');
  return TOOLS.every(has);
}
