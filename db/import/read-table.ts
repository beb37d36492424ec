// Reads a table file row by row (CSV through papaparse, .xlsx through exceljs'
// streaming reader) and hands each row to a sink. From a path the file is streamed,
// never read whole, so memory stays flat however many rows it has.
import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import Papa from 'papaparse';
import { detectEncoding, EncodingError, makeDecoder, type EncodingHint } from './decode';
import { readXlsx } from './read-xlsx';
import { checkWorkbook } from './xlsx-limits';
import { clip } from '../safety/quote';

const isZipBytes = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

export interface TableInput {
  /** File name as the analyst knows it (reported in problems and provenance). */
  name: string;
  path?: string;
  buffer?: Buffer;
}

export interface TableHints {
  encoding: EncodingHint;
  delimiter?: string;
  sheet?: string;
}

export interface TableMeta {
  encoding: string;
  delimiter: string | null;
  sheet: string | null;
}

export interface TableSink {
  /** The file's raw rows in order; rowNumber is 1-based as a spreadsheet shows it. */
  row(cells: string[], rowNumber: number, parseError?: string): void;
  /** Called before the rows of a worksheet (.xlsx only). */
  startSheet?(name: string): void;
  /** True once the sink needs no more rows (a preview, a fatal problem, a cancel). */
  done(): boolean;
}

/** Thrown for problems that make the whole file unreadable. */
export class TableFileError extends Error {}

export const isXlsx = (name: string) => /\.xlsx$/i.test(name);

export async function readTable(input: TableInput, hints: TableHints, sink: TableSink): Promise<TableMeta> {
  if (isXlsx(input.name)) {
    if (input.buffer && !isZipBytes(input.buffer))
      throw new TableFileError(
        'the file is named .xlsx but is not a workbook (an .xlsx file is a zip archive)',
      );
    const source = input.path
      ? fs.createReadStream(input.path)
      : Readable.from([input.buffer ?? Buffer.alloc(0)]);
    let sheet: string;
    try {
      checkWorkbook(input); // caps first: exceljs trusts the archive
      sheet = await readXlsx(source, hints.sheet, sink);
    } catch (err) {
      throw new TableFileError(`cannot read the workbook: ${clip((err as Error).message, 300)}`);
    }
    return { encoding: 'xlsx', delimiter: null, sheet };
  }
  if (/\.(xls|ods|numbers)$/i.test(input.name))
    throw new TableFileError(
      'only .csv (or .txt/.tsv) and .xlsx files can be imported; save the sheet as .xlsx or CSV',
    );
  return input.path
    ? readCsvFile(input.path, hints, sink)
    : readCsvBuffer(input.buffer ?? Buffer.alloc(0), hints, sink);
}

function papaConfig(hints: TableHints) {
  return {
    delimiter: hints.delimiter ?? '',
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  } as const;
}

/** Feeds parsed rows to the sink, numbering them and attaching papaparse's per-row errors. */
function rowFeeder(sink: TableSink) {
  let rowNumber = 0;
  return (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
    const errors = new Map<number, string>();
    for (const e of results.errors)
      if (typeof e.row === 'number') errors.set(e.row, `${e.message} (${e.code})`);
    results.data.forEach((cells, i) => {
      if (sink.done()) return;
      rowNumber++;
      sink.row(cells, rowNumber, errors.get(i));
    });
    if (sink.done()) parser.abort();
  };
}

/**
 * The longest line read: papaparse re-reads an unfinished line with every new chunk, so
 * a 50 MB file without a line break took minutes and gigabytes. No table row is this long.
 */
export const MAX_LINE_BYTES = 8 * 2 ** 20;

/** Throws TableFileError once a line (ended by LF or CR) runs past MAX_LINE_BYTES. */
function lineGuard(): (chunk: Buffer) => void {
  let offset = 0;
  let lineStart = 0;
  return (chunk) => {
    const lastBreak = Math.max(chunk.lastIndexOf(10), chunk.lastIndexOf(13));
    if (lastBreak !== -1) lineStart = offset + lastBreak + 1;
    offset += chunk.length;
    if (offset - lineStart > MAX_LINE_BYTES)
      throw new TableFileError(
        `the line that starts at byte ${lineStart.toLocaleString('en-US')} runs past ${MAX_LINE_BYTES / 2 ** 20} MB without a line break; this is not a table of records`,
      );
  };
}

function encodingOf(sample: Buffer, hint: EncodingHint) {
  try {
    return detectEncoding(sample.subarray(0, 65536), hint);
  } catch (err) {
    if (err instanceof EncodingError) throw new TableFileError(err.message);
    throw err;
  }
}

function readCsvFile(path: string, hints: TableHints, sink: TableSink): Promise<TableMeta> {
  const sample = Buffer.alloc(65536);
  const fd = fs.openSync(path, 'r');
  const n = fs.readSync(fd, sample, 0, sample.length, 0);
  fs.closeSync(fd);
  return readCsvStream(
    sample.subarray(0, n),
    fs.createReadStream(path, { highWaterMark: 1 << 20 }),
    hints,
    sink,
  );
}

/** A file held in memory is parsed the same way, one slice at a time: a preview stops early. */
function readCsvBuffer(buffer: Buffer, hints: TableHints, sink: TableSink): Promise<TableMeta> {
  const slices = function* () {
    for (let at = 0; at < buffer.length; at += 1 << 20) yield buffer.subarray(at, at + (1 << 20));
  };
  return readCsvStream(
    buffer.subarray(0, 65536),
    Readable.from(slices(), { objectMode: false }),
    hints,
    sink,
  );
}

async function readCsvStream(
  sample: Buffer,
  source: Readable,
  hints: TableHints,
  sink: TableSink,
): Promise<TableMeta> {
  const encoding = encodingOf(sample, hints.encoding);
  const decode = makeDecoder(encoding);
  const lines = lineGuard();
  const decoded = source.pipe(
    new Transform({
      readableObjectMode: true,
      transform(chunk: Buffer, _enc, done) {
        try {
          lines(chunk);
          done(null, decode(chunk));
        } catch (err) {
          done(new TableFileError((err as Error).message));
        }
      },
      flush(done) {
        try {
          const rest = decode(Buffer.alloc(0), true);
          done(null, rest || undefined);
        } catch (err) {
          done(new TableFileError((err as Error).message));
        }
      },
    }),
  );
  const feed = rowFeeder(sink);
  let delimiter: string | null = null;
  await new Promise<void>((resolve, reject) => {
    decoded.on('error', reject);
    Papa.parse<string[]>(decoded as unknown as File, {
      ...papaConfig(hints),
      chunk: (results, parser) => {
        delimiter ??= results.meta.delimiter;
        feed(results, parser);
      },
      complete: () => {
        source.destroy(); // stopped early (a preview, a fatal problem): read no further
        resolve();
      },
      error: (err: Error) => reject(err instanceof TableFileError ? err : new TableFileError(err.message)),
    });
  });
  return { encoding, delimiter, sheet: null };
}
