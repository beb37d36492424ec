// Writes the large hostile inputs into a folder (they are too big to commit): a workbook
// bomb, a 1,000,000-row CSV, a 150,000-node GraphML file and a 50 MB file with no line
// break. Used by tests/unit/hostile/hostile-large.test.ts (npm run test:hostile).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { writePurchaseCsv } from '../../bench/purchase-csv';

/** One zip entry, written by hand so that its declared size can lie as a bomb's does. */
function localHeader(name: string, compressed: number, declared: number): Buffer {
  const n = Buffer.from(name);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0, 6);
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt32LE(0, 14); // crc (a bomb's is never checked before it is refused)
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(declared, 22);
  h.writeUInt16LE(n.length, 26);
  return Buffer.concat([h, n]);
}

function centralEntry(name: string, compressed: number, declared: number, offset: number): Buffer {
  const n = Buffer.from(name);
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(compressed, 20);
  h.writeUInt32LE(declared, 24);
  h.writeUInt16LE(n.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, n]);
}

/**
 * Deflate output that repeats: the same 1 MB of shared strings, flushed to a byte
 * boundary, compresses to the same bytes each time once the window holds it, so
 * `copies` copies make a part that inflates to copies MB from a few MB on disk.
 */
function repeatedDeflate(head: string, unit: string, copies: number, tail: string): Buffer {
  // Raw deflate pieces ending in a sync flush are byte-aligned and not final, so they
  // concatenate; a preset dictionary stands for the data that precedes the piece.
  const piece = (text: string, before: string, last = false) =>
    zlib.deflateRawSync(Buffer.from(text), {
      level: 9,
      finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      ...(before ? { dictionary: Buffer.from(before.slice(-32768)) } : {}),
    });
  const steady = piece(unit, unit);
  const out = [piece(head, ''), piece(unit, head)];
  for (let i = 1; i < copies; i++) out.push(steady);
  out.push(piece(tail, unit, true));
  return Buffer.concat(out);
}

export function writeWorkbookBomb(file: string, expandMb = 6144): void {
  const unit = '<si><t>TRN-SMP-0000000000 Sample Street</t></si>'
    .repeat(Math.ceil(2 ** 20 / 46))
    .slice(0, 2 ** 20);
  const parts: [string, Buffer, number][] = [];
  const plain = (name: string, text: string) => {
    const data = zlib.deflateRawSync(Buffer.from(text));
    parts.push([name, data, Buffer.byteLength(text)]);
  };
  plain(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  plain(
    'xl/workbook.xml',
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>',
  );
  const sst = repeatedDeflate(
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    unit,
    expandMb,
    '</sst>',
  );
  parts.push(['xl/sharedStrings.xml', sst, 4096]); // declares 4 KB: the lie
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data, declared] of parts) {
    const h = localHeader(name, data.length, declared);
    central.push(centralEntry(name, data.length, declared, offset));
    chunks.push(h, data);
    offset += h.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...chunks, cd, end]));
}

export function writeGraphml(file: string, nodes: number): void {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="t" for="node" attr.name="type" attr.type="string"/>',
    '<key id="n" for="node" attr.name="number" attr.type="string"/>',
    '<graph edgedefault="directed">',
  ];
  for (let i = 0; i < nodes; i++)
    out.push(
      `<node id="p${i}"><data key="t">phone</data><data key="n">(555) 01${String(i % 100).padStart(2, '0')}-${String(i).padStart(6, '0')}</data></node>`,
    );
  for (let i = 1; i < nodes; i += 2) out.push(`<edge id="e${i}" source="p${i - 1}" target="p${i}"/>`);
  // A hub with more neighbours than SQLite takes query parameters (32,766).
  out.push('<node id="hub"><data key="t">organisation</data><data key="n">Sample Hub</data></node>');
  for (let i = 0; i < 40_000; i++) out.push(`<edge id="h${i}" source="hub" target="p${i}"/>`);
  out.push('</graph></graphml>');
  fs.writeFileSync(file, out.join('\n'));
}

export function writeOneLine(file: string, mb = 50): void {
  const unit = 'Sale ID;Buyer;Sample Street;'.repeat(40);
  const fd = fs.openSync(file, 'w');
  const block = Buffer.from(unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20));
  for (let i = 0; i < mb; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
}

export async function writeLargeInputs(dir: string): Promise<Record<string, string>> {
  const files = {
    bomb: path.join(dir, 'shared-strings-bomb.xlsx'),
    csv: path.join(dir, 'purchases-1m.csv'),
    graphml: path.join(dir, 'phones-150k.graphml'),
    oneLine: path.join(dir, 'one-line-50mb.csv'),
  };
  writeWorkbookBomb(files.bomb);
  await writePurchaseCsv(files.csv, 1_000_000);
  writeGraphml(files.graphml, 150_000);
  writeOneLine(files.oneLine);
  return files;
}
