// Importing a case package under another case number: the usual answer to "case … already
// exists" when the same case comes back from another workspace. Only the number changes;
// the package's own number is kept in the case's origin.
import type { PackageImportReport } from '../../shared/contract/exchange-model';
import type { CasePackage } from '../exchange/package-format';
import { writeAudit } from '../matching/audit';
import { readSettings } from '../matching/settings';
import type { Db } from '../store/open-workspace';

/** The package with its one case renumbered, or why it cannot be. */
export function renumberPackage(
  pkg: CasePackage,
  asCaseNumber: string,
  file: string,
): { pkg: CasePackage } | { problem: string } {
  if (pkg.cases.length !== 1)
    return {
      problem: `${file} holds ${pkg.cases.length} cases; a new case number can only be given to a package of one case.`,
    };
  const from = pkg.cases[0]!.number;
  const renumber = <T extends { case: string }>(item: T): T => ({ ...item, case: asCaseNumber });
  return {
    pkg: {
      ...pkg,
      cases: pkg.cases.map((c) => ({
        ...c,
        number: asCaseNumber,
        origin: { ...c.origin, packageCaseNumber: from },
      })),
      records: pkg.records.map(renumber),
      links: pkg.links.map(renumber),
      scope: { ...pkg.scope, caseNumbers: [asCaseNumber] },
    },
  };
}

export function auditRenumberedImport(db: Db, file: string, from: string, report: PackageImportReport): void {
  if (!report.written) return;
  const number = report.caseNumbers[0];
  writeAudit(db, {
    analyst: readSettings(db).analyst,
    action: 'case.importAs',
    summary: `Imported case package ${file} (case ${from}) as case ${number}`,
    details: { file, packageCaseNumber: from, caseNumber: number, records: report.recordsAdded },
  });
}
