// A public person list (FEBRL: YYYYMMDD dates with typos, the street number in its own
// column) imports through the wizard in a few clicks: the mapping is proposed from the
// column names, the impossible dates are shown as cells left out, and the stored person
// records carry the agreed matching fields.
import path from 'node:path';
import { expect, test } from './fixtures';

const FILE = path.resolve(import.meta.dirname, '../fixtures/import/febrl-dataset1-200.csv');

test('a person list maps from its column names and imports with its impossible dates left out', async ({
  page,
  workbench,
}) => {
  test.slow();
  await page.goto(`${workbench.url.replace(/\/$/, '')}/?testHooks`);
  await page.getByTestId('view-import').click();
  await page.getByTestId('import-file').setInputFiles(FILE);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('target-new').click();
  await page.getByTestId('case-number').fill('FEBRL-E2E-1');
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('preview-table')).toBeVisible();
  await page.getByTestId('wizard-next').click();

  // One click proposes the whole mapping.
  await page.getByTestId('propose-person').click();
  const card = page.getByTestId('entity-mapping');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('field-name')).toHaveCount(7);
  await expect(page.getByTestId('external-id-column')).toHaveValue('rec_id');
  await expect(card.getByTestId('field-date-format')).toHaveValue('YYYYMMDD');
  await workbench.screen(page, 'import-person-proposed');

  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('check-summary')).toContainText('All 200 rows can be imported');
  const warnings = page.getByTestId('check-warnings');
  await expect(warnings.getByTestId('problem-row')).toHaveCount(2);
  await expect(warnings).toContainText('19371233');
  await expect(warnings).toContainText('date_of_birth');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-report')).toHaveAttribute('data-written', 'true', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('report-records')).toHaveText('200');
  await expect(page.getByTestId('report-warnings').getByTestId('problem-row')).toHaveCount(2);

  const kase = (await workbench.api('cases.list', {})).find((c) => c.number === 'FEBRL-E2E-1')!;
  const { records } = await workbench.api('records.list', { caseIds: [kase.id], limit: 500 });
  expect(records).toHaveLength(200);
  const lachlan = records.find((r) => r.externalId === 'rec-122-org#person')!;
  expect(lachlan.fields).toEqual({
    givenName: 'lachlan',
    surname: 'berry',
    dob: '1999-02-19',
    street: '69 giblin street',
    locality: 'bittern',
    postcode: '4814',
    state: 'qld',
  });
});
