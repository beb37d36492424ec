// Finds a Chromium for the browser tests: CHROMIUM_PATH, Debian's /usr/bin/chromium,
// or Playwright's own download; installs one when none is found.
import fs from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightChromium() {
  try {
    const out = execFileSync(
      process.execPath,
      ['-e', "import('@playwright/test').then(m => process.stdout.write(m.chromium.executablePath()))"],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return out && fs.existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
  }
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? playwrightChromium();
}

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
}

/** Debian's chromium where apt is available, otherwise Playwright's installer. */
export function installChromium() {
  if (fs.existsSync('/usr/bin/apt-get')) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const apt = isRoot ? ['apt-get'] : ['sudo', 'apt-get'];
    process.env.DEBIAN_FRONTEND = 'noninteractive';
    if (
      run(apt[0], [...apt.slice(1), 'update']) &&
      run(apt[0], [...apt.slice(1), 'install', '-y', 'chromium'])
    ) {
      return findChromium();
    }
  }
  run('npx', ['playwright', 'install', 'chromium']);
  return findChromium();
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found for the browser tests; installing one.');
  const installed = installChromium();
  if (!installed)
    throw new Error('Could not find or install Chromium. Set CHROMIUM_PATH to a Chromium binary.');
  return installed;
}
