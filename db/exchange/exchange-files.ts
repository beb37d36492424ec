// The exchange calls' work: export to a case package, GraphML, GEXF or CSV files,
// and import of a package, GraphML or GEXF file (told apart by content, not name).
import { zipSync } from 'fflate';
import type { ExchangeFile, PackageImportReport } from '../../shared/contract/exchange-model';
import { WorkbenchError } from '../../shared/contract/result';
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
import { isZip, MAX_ZIP_UNCOMPRESSED } from './zip';

export interface ExportRequest {
  format: 'package' | 'graphml' | 'gexf' | 'csv';
  caseIds?: number[];
  entityIds?: number[];
  positions?: Record<string, { x: number; y: number }>;
  chartIds?: number[];
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
    const pkg = exportPackage(
      db,
      { caseIds: req.caseIds, entityIds: req.entityIds, chartIds: req.chartIds },
      workspacePath,
    );
    return [packageFile(base, pkg)];
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

/**
 * Above this size a package is zipped: an upload is capped (150 MB of file), and the
 * workbench must be able to import every package it exports. JSON of records zips ~10:1.
 */
export const ZIP_PACKAGE_ABOVE = 32 * 2 ** 20;

function packageFile(base: string, pkg: unknown): ExchangeFile {
  const json = `${JSON.stringify(pkg, null, 1)}\n`;
  if (json.length <= ZIP_PACKAGE_ABOVE)
    return { name: `${base}.thorline-package.json`, mime: 'application/json', encoding: 'utf8', data: json };
  const bytes = Buffer.from(json);
  if (bytes.length > MAX_ZIP_UNCOMPRESSED)
    throw new WorkbenchError(
      'CONFLICT',
      `The package would hold ${Math.round(bytes.length / 2 ** 20)} MB of JSON, more than the ${MAX_ZIP_UNCOMPRESSED / 2 ** 20} MB a package import reads; export fewer cases at a time.`,
    );
  const zipped = zipSync({ 'package.json': bytes }, { level: 6 });
  return {
    name: `${base}.thorline-package.zip`,
    mime: 'application/zip',
    encoding: 'base64',
    data: Buffer.from(zipped.buffer, zipped.byteOffset, zipped.length).toString('base64'),
  };
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
  labelAttribute?: string,
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
    return importGraph(db, file, graph, caseNumber, labelAttribute);
  } catch (err) {
    if (err instanceof XmlRefused) return refused(file, err.message);
    throw err;
  }
}
