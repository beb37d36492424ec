// Generates a purchase-log CSV of N rows (buyer, buyer DOB, phone, dealer, dealer
// licence, serial, make, model, date) with fictional values, streamed to disk.
// Buyers, phones and dealers repeat as in real logs; serials are unique.
import fs from 'node:fs';

const MAKES: [string, string][] = [
  ['Testmark', 'AR-Sample'],
  ['Fictiva', 'P-57 Demo'],
  ['Testmark', 'AK-Demo'],
  ['Examplar', 'M-50 Trial'],
];
const GIVEN = ['Dana', 'Robin', 'Lee', 'Sam', 'Alex', 'Jordan', 'Casey', 'Morgan', 'Riley', 'Quinn'];
const FAMILY = ['Example', 'Placeholder', 'Sample', 'Specimen', 'Mockwell', 'Testa', 'Demoz', 'Fakely'];

export const PURCHASE_HEADER = 'Sale ID,Buyer,Buyer DOB,Phone,Dealer,Dealer Licence,Serial,Make,Model,Date';

export function purchaseRow(i: number, buyers: number, dealers: number): string {
  const b = (i * 7919) % buyers;
  const d = (i * 104729) % dealers;
  const name = `${GIVEN[b % GIVEN.length]} ${FAMILY[Math.floor(b / GIVEN.length) % FAMILY.length]} ${b}`;
  const dob = `19${70 + (b % 30)}-${String(1 + (b % 12)).padStart(2, '0')}-${String(1 + (b % 28)).padStart(2, '0')}`;
  const phone = `(555) 01${String(b % 100).padStart(2, '0')}-${String(b).padStart(6, '0').slice(-4)}`;
  const [make, model] = MAKES[i % MAKES.length]!;
  const date = `20${19 + (i % 4)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const licence = `9-99-${String(d).padStart(3, '0')}-01-2A-${String(d).padStart(5, '0')}`;
  return `S-${i},${name},${dob},${phone},"Sample Arms ${d}, LLC",${licence},TST${String(i).padStart(9, '0')},${make},${model},${date}`;
}

export async function writePurchaseCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const buyers = Math.max(50, Math.min(20_000, Math.floor(rows / 10)));
  const dealers = Math.max(5, Math.min(500, Math.floor(rows / 1000)));
  out.write(`${PURCHASE_HEADER}\n`);
  let batch: string[] = [];
  for (let i = 1; i <= rows; i++) {
    batch.push(purchaseRow(i, buyers, dealers));
    if (batch.length === 5000 || i === rows) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      batch = [];
    }
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}
