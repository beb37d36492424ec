// A process matching a workspace that gets stuck once it has written rows, then killed by the
// test (SIGKILL, as a power cut would end it): `tsx killed-run.ts FILE` prints "stuck" then.
import { openWorkspace } from '../../../../db/store/open-workspace';
import { runUntilStuck } from './stuck-run';

const db = openWorkspace(process.argv[2]!, { create: false, check: false });
runUntilStuck(db, 'hang', () => process.stdout.write('stuck\n'));
