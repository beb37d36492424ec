// A case package is checked against the workbench's own write rules before anything is
// written, so an edited or hostile package cannot do what the analyst could not:
// an entity holds records of its own type only, a match decision compares records of
// its type, and the ids each table keys on are unique (a second record, link or entity
// with the same id would otherwise collide with a constraint or silently regroup).
import type { ImportProblem } from '../../shared/contract/exchange-model';
import type { CasePackage } from './package-format';

type Problem = (where: string, message: string) => void;

function uniqueIds(pkg: CasePackage, p: Problem): void {
  const seen = new Map<string, string>();
  const once = (key: string, where: string, what: string) => {
    const first = seen.get(key);
    if (first !== undefined) p(where, `${what} appears twice (first at ${first})`);
    else seen.set(key, where);
  };
  pkg.records.forEach((r, i) => {
    if (r.externalId !== null)
      once(
        `r\u0000${r.case}\u0000${r.externalId}`,
        `records.${i}.externalId`,
        `record id "${r.externalId}" of case ${r.case}`,
      );
  });
  pkg.links.forEach((l, i) => {
    if (l.externalId !== null)
      once(
        `l\u0000${l.case}\u0000${l.externalId}`,
        `links.${i}.externalId`,
        `link id "${l.externalId}" of case ${l.case}`,
      );
  });
  pkg.entities.forEach((e, i) => once(`e\u0000${e.ref}`, `entities.${i}.ref`, `entity "${e.ref}"`));
}

function entityTypes(pkg: CasePackage, p: Problem, typeOf: Map<string, string>): void {
  pkg.entities.forEach((e, i) =>
    e.members.forEach((m, j) => {
      const t = typeOf.get(m.record);
      if (t !== undefined && t !== e.type)
        p(
          `entities.${i}.members.${j}.record`,
          `entity "${e.ref}" (${e.type}) would hold record "${m.record}", a ${t}; an entity holds records of one type`,
        );
    }),
  );
}

function decisions(pkg: CasePackage, p: Problem, typeOf: Map<string, string>): void {
  pkg.matchDecisions.forEach((d, i) => {
    const where = `matchDecisions.${i}`;
    if (d.recordA === d.recordB) p(where, `a match decision compares record "${d.recordA}" with itself`);
    for (const r of [d.recordA, d.recordB]) {
      const t = typeOf.get(r);
      if (t !== undefined && t !== d.type) p(where, `a ${d.type} match decision names record "${r}", a ${t}`);
    }
  });
  pkg.mergeBlocks.forEach((b, i) => {
    if (b.recordA === b.recordB) p(`mergeBlocks.${i}`, `a merge block names record "${b.recordA}" twice`);
  });
}

/** Problems that break the workbench's write rules (empty when the package keeps them). */
export function checkWriteRules(file: string, pkg: CasePackage): ImportProblem[] {
  const out: ImportProblem[] = [];
  const p: Problem = (where, message) => {
    if (out.length < 100) out.push({ file, row: null, column: where, message });
  };
  const typeOf = new Map(pkg.records.map((r) => [r.ref, r.type as string]));
  uniqueIds(pkg, p);
  entityTypes(pkg, p, typeOf);
  decisions(pkg, p, typeOf);
  return out;
}
