// A workbook is a zip of XML parts, and a zip can lie: a 6 MB file whose shared-strings
// part expands to 6 GB once took the host down. Before exceljs reads a workbook, this
// pass inflates it once, keeping nothing, and counts what really comes out against the
// caps below; the first cap crossed stops the pass with a message that says which.
import fs from 'node:fs';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export const XLSX_LIMITS = {
  /** Parts in the archive (a workbook has a dozen or so). */
  maxEntries: 1000,
  /** Every part together, inflated (a 1,048,576-row sheet of a dozen columns is well under). */
  maxExpandedBytes: 1024 * 2 ** 20,
  /** The shared-strings part, inflated: exceljs keeps every shared string in memory. */
  maxSharedStringBytes: 256 * 2 ** 20,
  maxSharedStrings: 2_000_000,
  /** One shared string's XML (Excel's cell limit is 32,767 characters; markup and escapes besides). */
  maxSharedStringXml: 400_000,
  /** Rows of one worksheet: Excel's own limit. */
  maxRows: 1_048_576,
  /** Inflated / compressed size of a part, checked once a part is past minRatioBytes. */
  maxRatio: 500,
  minRatioBytes: 64 * 2 ** 20,
};

const PUSH_BYTES = 4096;

export class WorkbookRefused extends Error {}

const MB = (n: number) => `${Math.round(n / 2 ** 20)} MB`;

/** Counts one part as it inflates; throws WorkbookRefused at the first cap crossed. */
class PartCounter {
  bytes = 0;
  private marks = 0;
  private sinceMark = 0;
  private tail = '';
  private readonly kind: 'strings' | 'sheet' | 'other';

  constructor(
    private readonly file: UnzipFile,
    private readonly limits: typeof XLSX_LIMITS,
  ) {
    const name = file.name.toLowerCase();
    this.kind = /sharedstrings\d*\.xml$/.test(name)
      ? 'strings'
      : /worksheets\/[^/]+\.xml$/.test(name)
        ? 'sheet'
        : 'other';
  }

  add(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    const { file, limits } = this;
    const compressed = file.size ?? 0;
    if (this.bytes > limits.minRatioBytes && compressed > 0 && this.bytes / compressed > limits.maxRatio)
      throw new WorkbookRefused(
        `part ${file.name} expands more than ${limits.maxRatio} times (${MB(compressed)} to over ${MB(this.bytes)}): a zip bomb?`,
      );
    if (this.kind === 'strings' && this.bytes > limits.maxSharedStringBytes)
      throw new WorkbookRefused(
        `its shared strings expand to more than ${MB(limits.maxSharedStringBytes)}; save the sheet as CSV to import a table this large`,
      );
    if (this.kind !== 'other')
      this.count(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1'));
  }

  /** Counts <si> (strings) or <row> (sheets) start tags, with any prefix, across chunk boundaries. */
  private count(text: string): void {
    const mark =
      this.kind === 'strings'
        ? /<(?:[A-Za-z_][\w.-]{0,9}:)?si[\s>]/g
        : /<(?:[A-Za-z_][\w.-]{0,9}:)?row[\s>]/g;
    const hay = this.tail + text;
    let last = -1;
    for (const m of hay.matchAll(mark)) {
      // A tag wholly inside the tail was counted with the chunk before.
      if (m.index + m[0].length <= this.tail.length) continue;
      this.marks++;
      last = m.index;
    }
    this.sinceMark = last >= 0 ? hay.length - last : this.sinceMark + text.length;
    this.tail = hay.slice(-24);
    const { limits, file } = this;
    if (this.kind === 'sheet' && this.marks > limits.maxRows)
      throw new WorkbookRefused(
        `sheet ${file.name} has more than ${limits.maxRows.toLocaleString('en-US')} rows`,
      );
    if (this.kind === 'strings' && this.marks > limits.maxSharedStrings)
      throw new WorkbookRefused(
        `it has more than ${limits.maxSharedStrings.toLocaleString('en-US')} shared strings; save the sheet as CSV to import a table this large`,
      );
    if (this.kind === 'strings' && this.sinceMark > limits.maxSharedStringXml)
      throw new WorkbookRefused(
        `shared string ${this.marks} is longer than a cell can be (over ${limits.maxSharedStringXml.toLocaleString('en-US')} bytes of text)`,
      );
  }
}

/** Feeds the archive through a counting, discarding inflater; throws WorkbookRefused. */
function scan(chunks: Iterable<Uint8Array>, limits: typeof XLSX_LIMITS): void {
  let entries = 0;
  let total = 0;
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    if (++entries > limits.maxEntries)
      throw new WorkbookRefused(`the archive has more than ${limits.maxEntries} parts`);
    const part = new PartCounter(file, limits);
    file.ondata = (err, chunk) => {
      if (failure) return;
      try {
        if (err) throw new WorkbookRefused(`part ${file.name} is damaged: ${err.message}`);
        part.add(chunk);
        total += chunk.length;
        if (total > limits.maxExpandedBytes)
          throw new WorkbookRefused(`it expands to more than ${MB(limits.maxExpandedBytes)}: a zip bomb?`);
      } catch (e) {
        failure = e;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small pushes: fflate inflates a whole push at once, and 4 KB of a bomb is already
  // megabytes; the cap is checked between pushes.
  outer: for (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += PUSH_BYTES) {
      try {
        unzip.push(chunk.subarray(at, at + PUSH_BYTES), false);
      } catch (err) {
        failure ??= err;
      }
      if (failure) break outer;
    }
  }
  if (!failure) {
    try {
      unzip.push(new Uint8Array(0), true);
    } catch (err) {
      failure = err;
    }
  }
  if (failure instanceof WorkbookRefused) throw failure;
  if (failure) throw new WorkbookRefused(`the archive cannot be read: ${(failure as Error).message}`);
}

function* bufferSlices(buffer: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < buffer.length; at += 1 << 16) yield buffer.subarray(at, at + (1 << 16));
}

function* fileSlices(path: string): Generator<Uint8Array> {
  const fd = fs.openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) yield buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Checks a workbook (a path or bytes) against the caps; throws WorkbookRefused. */
export function checkWorkbook(input: { path?: string; buffer?: Uint8Array }, limits = XLSX_LIMITS): void {
  scan(input.path ? fileSlices(input.path) : bufferSlices(input.buffer ?? new Uint8Array(0)), limits);
}
