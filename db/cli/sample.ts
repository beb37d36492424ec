// npm run sample -- --out FILE [--records N --seed S] [--force]
// Without --records: writes the training scenario. With --records: a generated
// workspace of exactly N noisy records with ground truth. Always written atomically.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createScenarioWorkspace } from '../scenario/seed';
import { createScaledWorkspace } from '../scenario/scale/seed-scaled';

export const USAGE = 'usage: npm run sample -- --out FILE [--records N --seed S] [--force]';

export interface SampleArgs {
  out: string;
  records?: number;
  seed: number;
  force: boolean;
}

export type Parsed = { ok: true; args: SampleArgs } | { ok: false; message: string };

const VALUED = new Set(['--out', '--records', '--seed']);

/** Reads the command line; every mistake is reported as one line naming the flag. */
export function parseSampleArgs(argv: string[]): Parsed {
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--force' && inline === undefined) force = true;
    else if (VALUED.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
        return fail(`${flag} needs a value`);
      if (values.has(flag)) return fail(`${flag} given twice`);
      values.set(flag, value);
    } else return fail(`unknown argument "${arg}"`);
  }
  const out = values.get('--out');
  if (!out) return fail('--out FILE is required');
  const records = values.get('--records');
  const seed = values.get('--seed');
  if (records !== undefined && !/^[1-9]\d*$/.test(records))
    return fail(`--records must be a positive whole number, not "${records}"`);
  if (seed !== undefined && !/^-?\d+$/.test(seed))
    return fail(`--seed must be a whole number, not "${seed}"`);
  if (seed !== undefined && records === undefined)
    return fail('--seed applies only with --records (the training scenario has no seed)');
  return {
    ok: true,
    args: { out, ...(records ? { records: Number(records) } : {}), seed: seed ? Number(seed) : 1, force },
  };
}

const fail = (message: string): Parsed => ({ ok: false, message: `sample: ${message}. ${USAGE}` });

export function runSample(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      `${USAGE}\n  without --records: the training scenario; with --records N: N generated noisy records (seed S, default 1)`,
    );
    return 0;
  }
  const parsed = parseSampleArgs(argv);
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { out, records, seed, force } = parsed.args;
  if (fs.existsSync(out) && !force) {
    console.error(`sample: ${out} already exists; add --force to replace it.`);
    return 2;
  }
  const started = Date.now();
  try {
    if (records === undefined) {
      const c = createScenarioWorkspace(out, { overwrite: force });
      console.log(
        `Wrote the training scenario to ${out}: ${c.cases} cases, ${c.records} records, ${c.links} links.`,
      );
    } else {
      const c = createScaledWorkspace(out, {
        records,
        seed,
        overwrite: force,
        // Progress on a terminal only; logs and pipes get the summary line alone.
        ...(process.stderr.isTTY
          ? {
              onProgress: (done: number, total: number) =>
                process.stderr.write(
                  `\r${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} records`,
                ),
            }
          : {}),
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `Wrote ${c.records} generated records (seed ${seed}) in ${c.cases} cases to ${out} in ${seconds.toFixed(1)} s.`,
      );
    }
    return 0;
  } catch (err) {
    console.error(`sample: could not write ${out}: ${(err as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runSample(process.argv.slice(2));
}
