// The exchange calls' work: export to a case package, GraphML, GEXF or CSV files,
// and import of a package, GraphML or GEXF file (told apart by content, not name).
import type { ExchangeFile, PackageImportReport } from '../../shared/contract/exchange-model';
import type { Db } from '../store/open-workspace';
import { toCsvFiles } from './csv-export';
import { toGexf } from './gexf';
import { exportGraph } from './graph-data';
import { importGraph } from './graph-import';
import { toGraphml } from './graphml';
import { exportPackage, workspaceIdentity } from './package-export';
import { importPackage } from './package-import';
import { auditRenumberedImport, renumberPackage } from '../cases/renumber-package';
import { readPackage } from './read-package';
import { parseXml, readGexf, readGraphml, XmlRefused } from './xml-read';
import { isZip } from './zip';

export interface ExportRequest {
  format: 'package' | 'graphml' | 'gexf' | 'csv';
  caseIds?: number[];
  entityIds?: number[];
  positions?: Record<string, { x: number; y: number }>;
}

const slug = (s: string) =>
  s
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'workspace';

function baseName(db: Db, req: ExportRequest, workspace: string): string {
  if (req.entityIds) return `${slug(workspace)}-selection`;
  if (req.caseIds?.length) {
    const numbers = db
      .prepare('SELECT number FROM cases WHERE id IN (SELECT value FROM json_each(?)) ORDER BY number')
      .pluck()
      .all(JSON.stringify(req.caseIds)) as string[];
    return slug(numbers.length <= 3 ? numbers.join('_') : `${numbers[0]}-and-${numbers.length - 1}-more`);
  }
  return slug(workspace);
}

export function exportFiles(db: Db, req: ExportRequest, workspacePath: string): ExchangeFile[] {
  const { name } = workspaceIdentity(db, workspacePath);
  const base = baseName(db, req, name);
  const utf8 = (file: string, mime: string, data: string): ExchangeFile => ({
    name: file,
    mime,
    encoding: 'utf8',
    data,
  });
  if (req.format === 'package') {
    const pkg = exportPackage(db, { caseIds: req.caseIds, entityIds: req.entityIds }, workspacePath);
    return [utf8(`${base}.thorline-package.json`, 'application/json', `${JSON.stringify(pkg, null, 1)}\n`)];
  }
  const graph = exportGraph(db, req);
  const meta = { workspace: name, exportedAt: new Date().toISOString() };
  if (req.format === 'graphml')
    return [utf8(`${base}.graphml`, 'application/graphml+xml', toGraphml(graph, meta))];
  if (req.format === 'gexf') return [utf8(`${base}.gexf`, 'application/gexf+xml', toGexf(graph, meta))];
  const csv = toCsvFiles(graph);
  return [
    utf8(`${base}-entities.csv`, 'text/csv', csv.entities),
    utf8(`${base}-links.csv`, 'text/csv', csv.links),
  ];
}

const refused = (file: string, message: string): PackageImportReport => ({
  caseNumbers: [],
  recordsAdded: 0,
  linksAdded: 0,
  problems: [{ file, row: null, column: null, message }],
  written: false,
  notes: [],
});

/** Imports a file in the caller's transaction; a report with written=false wrote nothing. */
export function importExchangeFile(
  db: Db,
  file: string,
  data: Buffer,
  caseNumber?: string,
  asCaseNumber?: string,
): PackageImportReport {
  const head = data
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (isZip(data) || head.startsWith('{')) {
    const read = readPackage(file, data);
    if (!read.ok)
      return {
        caseNumbers: [],
        recordsAdded: 0,
        linksAdded: 0,
        problems: read.problems,
        written: false,
        notes: [],
      };
    if (!asCaseNumber) return importPackage(db, file, read.pkg);
    const renumbered = renumberPackage(read.pkg, asCaseNumber, file);
    if ('problem' in renumbered) return refused(file, renumbered.problem);
    const report = importPackage(db, file, renumbered.pkg);
    auditRenumberedImport(db, file, read.pkg.cases[0]!.number, report);
    return report;
  }
  if (!head.startsWith('<'))
    return refused(file, `${file} is neither a case package (JSON or zip) nor a GraphML or GEXF file`);
  try {
    const doc = parseXml(data.toString('utf8').replace(/^\uFEFF/, ''), file);
    const graph = 'gexf' in doc ? readGexf(doc, file) : readGraphml(doc, file);
    return importGraph(db, file, graph, caseNumber);
  } catch (err) {
    if (err instanceof XmlRefused) return refused(file, err.message);
    throw err;
  }
}
