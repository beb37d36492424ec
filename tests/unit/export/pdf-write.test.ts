// The report's PDF written with its pages compressed beforehand (as the writer worker does)
// is the same file, byte for byte, as jsPDF's own output; and output really takes the
// compressed pages it was given.
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { describe, expect, it } from 'vitest';
import { flateEncode } from '../../../renderer/src/components/report/flate-pages';
import { pageContents, writePdf } from '../../../renderer/src/components/report/pdf-write';

/** A report-like document: a title, a table over several pages, a drawing; fixed date and id. */
function sampleDoc(): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', orientation: 'landscape', compress: true });
  doc.setCreationDate(new Date(Date.UTC(2026, 0, 5, 9, 30)));
  doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
  doc.setFont('helvetica', 'bold').setFontSize(30).text('Operation Sample Street briefing', 60, 200);
  doc.addPage();
  const rows = Array.from({ length: 240 }, (_, i) => [
    `TRN-SMP-${String(i).padStart(5, '0')}`,
    `(555) 010-${String(i % 100).padStart(4, '0')}`,
    `${i} Sample Street`,
  ]);
  autoTable(doc, { head: [['Serial', 'Phone', 'Address']], body: rows });
  doc.setDrawColor(47, 109, 176).circle(300, 300, 40, 'S');
  return doc;
}

const bytes = (u: Uint8Array) => Buffer.from(u);

describe('writing the report with its pages compressed beforehand', () => {
  it('gives the same bytes as jsPDF compressing them itself', async () => {
    const own = bytes(new Uint8Array(sampleDoc().output('arraybuffer')));
    const doc = sampleDoc();
    expect(pageContents(doc).length).toBeGreaterThan(3);
    const written = bytes(await writePdf(doc, async (contents) => contents.map(flateEncode)));
    expect(written.length).toBe(own.length);
    expect(written.equals(own)).toBe(true);
  });

  it('takes each page from what it was given, and compresses anything else as before', async () => {
    const doc = sampleDoc();
    const pages = pageContents(doc).length;
    const written = bytes(await writePdf(doc, async (contents) => contents.map(() => 'GIVEN-PAGE')));
    expect(written.toString('latin1').split('GIVEN-PAGE').length - 1).toBe(pages);
    // Nothing else was touched: jsPDF's own output afterwards is unchanged.
    expect(bytes(new Uint8Array(sampleDoc().output('arraybuffer'))).toString('latin1')).not.toContain(
      'GIVEN-PAGE',
    );
  });
});
