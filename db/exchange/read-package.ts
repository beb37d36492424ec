// Reads a case package file (JSON, or a zip holding package.json) and checks it whole:
// format and version, shape, and every reference between its parts. Writes nothing.
import type { ImportProblem } from '../../shared/contract/exchange-model';
import { clip } from '../safety/quote';
import { checkWriteRules } from './package-rules';
import { checkChartReferences } from './package-charts';
import { isZip, safeUnzip, ZipRefused } from './zip';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, packageSchema, type CasePackage } from './package-format';

export type PackageRead = { ok: true; pkg: CasePackage } | { ok: false; problems: ImportProblem[] };

const problem = (file: string, where: string | null, message: string): ImportProblem => ({
  file,
  row: null,
  column: where,
  message,
});

function packageText(file: string, data: Buffer): string {
  if (!isZip(data)) return data.toString('utf8').replace(/^\uFEFF/, '');
  const entries = safeUnzip(data);
  const entry = entries.get('package.json') ?? [...entries].find(([n]) => n.endsWith('.json'))?.[1];
  if (!entry) throw new ZipRefused(`the archive ${file} holds no package.json`);
  return Buffer.from(entry)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

export function readPackage(file: string, data: Buffer): PackageRead {
  let raw: unknown;
  try {
    raw = JSON.parse(packageText(file, data));
  } catch (err) {
    const why =
      err instanceof ZipRefused ? err.message : `it is not valid JSON (${clip((err as Error).message)})`;
    return { ok: false, problems: [problem(file, null, `${file} cannot be read as a case package: ${why}`)] };
  }
  const head = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== PACKAGE_FORMAT)
    return {
      ok: false,
      problems: [
        problem(
          file,
          'format',
          `${file} is not a Thorline case package (format is ${clip(JSON.stringify(head.format ?? null) ?? 'absent')}, expected "${PACKAGE_FORMAT}")`,
        ),
      ],
    };
  if (typeof head.formatVersion === 'number' && head.formatVersion > PACKAGE_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        problem(
          file,
          'formatVersion',
          `${file} was written by a newer Thorline (package format version ${head.formatVersion}; this version reads up to ${PACKAGE_FORMAT_VERSION}). Update Thorline to import it.`,
        ),
      ],
    };
  const parsed = packageSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 50)
        .map((i) => problem(file, i.path.map(String).join('.') || '(package)', i.message)),
    };
  const problems = checkReferences(file, parsed.data);
  problems.push(...checkChartReferences(file, parsed.data));
  if (!problems.length) problems.push(...checkWriteRules(file, parsed.data));
  return problems.length ? { ok: false, problems } : { ok: true, pkg: parsed.data };
}

/** Every reference must point inside the package: a dangling one means a damaged or edited file. */
export function checkReferences(file: string, pkg: CasePackage): ImportProblem[] {
  const out: ImportProblem[] = [];
  const cases = new Set(pkg.cases.map((c) => c.number));
  const recordCase = new Map<string, string>();
  const dup = (what: string, seen: Set<string>, key: string, where: string) => {
    if (seen.has(key)) out.push(problem(file, where, `${what} "${key}" appears twice`));
    seen.add(key);
  };
  const caseSeen = new Set<string>();
  pkg.cases.forEach((c, i) => dup('case', caseSeen, c.number, `cases.${i}.number`));
  pkg.records.forEach((r, i) => {
    if (recordCase.has(r.ref)) out.push(problem(file, `records.${i}.ref`, `record "${r.ref}" appears twice`));
    recordCase.set(r.ref, r.case);
    if (!cases.has(r.case))
      out.push(
        problem(
          file,
          `records.${i}.case`,
          `record "${r.ref}" names case "${r.case}", which is not in the package`,
        ),
      );
  });
  const needRecord = (ref: string, where: string) => {
    if (!recordCase.has(ref))
      out.push(problem(file, where, `dangling reference: record "${ref}" is not in the package`));
  };
  pkg.links.forEach((l, i) => {
    needRecord(l.from, `links.${i}.from`);
    needRecord(l.to, `links.${i}.to`);
    if (!cases.has(l.case))
      out.push(problem(file, `links.${i}.case`, `link names case "${l.case}", which is not in the package`));
    for (const end of [l.from, l.to])
      if (recordCase.has(end) && recordCase.get(end) !== l.case)
        out.push(
          problem(
            file,
            `links.${i}`,
            `link of case "${l.case}" joins record "${end}" of case "${recordCase.get(end)}"`,
          ),
        );
  });
  const member = new Set<string>();
  pkg.entities.forEach((e, i) =>
    e.members.forEach((m, j) => {
      needRecord(m.record, `entities.${i}.members.${j}.record`);
      dup('entity member', member, m.record, `entities.${i}.members.${j}.record`);
    }),
  );
  pkg.identifiers.forEach((x, i) => needRecord(x.record, `identifiers.${i}.record`));
  pkg.matchDecisions.forEach((d, i) => {
    needRecord(d.recordA, `matchDecisions.${i}.recordA`);
    needRecord(d.recordB, `matchDecisions.${i}.recordB`);
  });
  pkg.mergeBlocks.forEach((b, i) => {
    needRecord(b.recordA, `mergeBlocks.${i}.recordA`);
    needRecord(b.recordB, `mergeBlocks.${i}.recordB`);
  });
  return out.slice(0, 100);
}
