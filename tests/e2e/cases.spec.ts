// Case management end to end: an analyst creates a case, renames it, removes a case of
// the training scenario after a confirmation that counts what goes with it, undoes the
// removal, and removes the new case; the case list follows each step.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The numbers of the cases the list shows, in order. */
async function listedNumbers(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-testid^="case-row-"]:not([data-testid="case-row-all"])')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')!));
  return ids.map((id) => id.replace(/^case-row-/, ''));
}

const NUMBER = 'SMP-2026-014';
const BRIDGE_CASE = 'HSI-TUC-2021-031';

test('create, rename and remove a case; undo a removal', async ({ page, workbench }) => {
  test.slow();
  await expect(page.getByTestId('workspace-info')).toContainText('cases');
  const start = (await workbench.api('cases.list', {})).map((c) => c.number);
  await expect.poll(() => listedNumbers(page)).toEqual(start);

  // Create.
  await page.getByTestId('case-new').click();
  const form = page.getByTestId('case-form');
  await form.getByTestId('case-form-number').fill(NUMBER);
  await form.getByTestId('case-form-title').fill('Sample Street storage unit');
  await form.getByTestId('case-form-agency').fill('Sample County Sheriff');
  await form.getByTestId('case-form-jurisdiction').fill('Sample County');
  await form.getByTestId('case-form-openedOn').fill('2026-01-15');
  await form.getByTestId('case-form-save').click();
  await expect(form).toBeHidden();
  const row = page.getByTestId(`case-row-${NUMBER}`);
  await expect(row).toContainText('Sample Street storage unit');
  await expect(row).toContainText('Sample County Sheriff');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  expect(await listedNumbers(page)).toHaveLength(start.length + 1);

  // Rename (the new case is selected after creation).
  await page.getByTestId('case-edit').click();
  await form.getByTestId('case-form-title').fill('Sample Street storage units, second search');
  await form.getByTestId('case-form-status').selectOption('referred');
  await form.getByTestId('case-form-save').click();
  await expect(row).toContainText('Sample Street storage units, second search');
  await expect(row).toContainText('referred');
  await expect(page.getByTestId('case-undo')).toContainText(`Last change: edit of case ${NUMBER}`);

  // Remove a scenario case: the confirmation counts what goes, as the backend does.
  const bridge = (await workbench.api('cases.list', {})).find((c) => c.number === BRIDGE_CASE)!;
  const preview = await workbench.api('cases.removalPreview', { caseId: bridge.id });
  await page.getByTestId(`case-row-${BRIDGE_CASE}`).click();
  await page.getByTestId('case-remove').click();
  const dialog = page.getByTestId('remove-case-dialog');
  const counts = dialog.getByTestId('remove-case-counts');
  await expect(counts).toContainText(`${preview.counts.records} source records`);
  await expect(counts).toContainText(`${preview.counts.links} links`);
  await expect(counts).toContainText(`${preview.counts.entitiesOnlyHere} entities only in this case`);
  await expect(counts).toContainText(`${preview.counts.matchDecisions} match decision`);
  await expect(dialog).toContainText(
    `${preview.counts.entitiesShared} entities shared with other cases stay`,
  );
  // Selecting the new, empty case raised no failed call (key players once failed on it).
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
  await workbench.screen(page, 'cases');
  await dialog.getByTestId('remove-case-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`case-row-${BRIDGE_CASE}`)).toHaveCount(0);
  await expect(page.getByTestId('case-undo')).toContainText(`Last change: removal of case ${BRIDGE_CASE}`);

  // Undo brings it back with all its records.
  await page.getByTestId('case-undo-button').click();
  await expect(page.getByTestId(`case-row-${BRIDGE_CASE}`)).toContainText(String(bridge.recordCount));
  // The removal is now the one to redo: the bar offers it.
  await expect(page.getByTestId('case-redo-button')).toBeVisible();

  // Remove the new case.
  await row.click();
  await page.getByTestId('case-remove').click();
  await expect(dialog.getByTestId('remove-case-counts')).toContainText('0 source records');
  await dialog.getByTestId('remove-case-confirm').click();
  await expect(row).toHaveCount(0);
  await expect.poll(() => listedNumbers(page)).toEqual(start);
  const audit = await workbench.api('audit.list', { limit: 10 });
  expect(audit.entries.map((e) => e.action)).toEqual(
    expect.arrayContaining(['case.create', 'case.edit', 'case.remove', 'case.restore']),
  );
});

test('add an analyst entity, a link and a note by hand; find them by search', async ({ page, workbench }) => {
  test.slow();
  await expect(page.getByTestId('workspace-info')).toContainText('cases');
  await page.getByTestId(`case-row-${BRIDGE_CASE}`).click();

  // An entity.
  await page.getByTestId('case-add-fact').click();
  const dialog = page.getByTestId('add-fact');
  await dialog.getByTestId('add-fact-type').selectOption('person');
  await dialog.getByTestId('add-fact-label').fill('Wendell Samplesby');
  await dialog.getByTestId('add-fact-text').fill('Seen at the stash house by surveillance.');
  await dialog.getByTestId('add-fact-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('case-undo')).toContainText('Last change: addition of Wendell Samplesby');
  await page.getByTestId('search-input').fill('Samplesby');
  await expect(page.getByTestId('search-results')).toContainText('Wendell Samplesby');
  await page.getByTestId('search-results').getByText('Wendell Samplesby').click();
  // The inspector shows the analyst record with its author, date and text.
  await expect(page.getByTestId('record-card')).toContainText('Seen at the stash house by surveillance.');
  // Only an analyst record can be edited: the inspector offers Edit on it.
  await page.getByTestId('analyst-record-edit').click();
  await page.getByTestId('analyst-record-label').fill('Wendell A. Samplesby');
  await page.getByTestId('analyst-record-save').click();
  await expect(page.getByTestId('inspector-title')).toHaveText('Wendell A. Samplesby');
  await page.getByTestId('search-input').fill('');

  // A link from it to an entity found by search.
  await page.getByTestId('case-add-fact').click();
  await dialog.getByTestId('add-fact-kind-link').click();
  await dialog.getByTestId('add-fact-from').fill('Samplesby');
  await dialog.getByTestId('add-fact-from-hit').first().click();
  await dialog.getByTestId('add-fact-to').fill('Carrillo');
  await dialog.getByTestId('add-fact-to-hit').first().click();
  await expect(dialog.getByTestId('add-fact-to-picked')).toContainText('Carrillo');
  await workbench.screen(page, 'cases-add-link');
  await dialog.getByTestId('add-fact-save').click();
  await expect(dialog).toBeHidden();
  const [hit] = await workbench.api('search.entities', { query: 'Samplesby' });
  const around = await workbench.api('graph.neighbours', { entityId: hit!.entityId });
  expect(around.nodes.map((n) => n.label).join(' ')).toContain('Carrillo');

  // A note on the case, found by its words.
  await page.getByTestId('case-add-fact').click();
  await dialog.getByTestId('add-fact-kind-note').click();
  await dialog.getByTestId('add-fact-text').fill('Ask HSI for the surveillance log of March.');
  await dialog.getByTestId('add-fact-save').click();
  await expect(dialog).toBeHidden();
  const notes = await workbench.api('notes.search', { query: 'surveillance log' });
  expect(notes.map((n) => n.caseNumber)).toEqual([BRIDGE_CASE]);
  // The main search box finds it too, among the notes.
  await page.getByTestId('search-input').fill('surveillance log');
  await expect(page.getByTestId(`search-note-${notes[0]!.id}`)).toContainText(
    'Ask HSI for the surveillance log',
  );
  await page.getByTestId('search-input').fill('');

  // The case's notes: searched by their words, edited, deleted.
  await page.getByTestId('case-notes-open').click();
  const notesDialog = page.getByTestId('case-notes');
  await notesDialog.getByTestId('case-notes-search').fill('surveillance log');
  const note = notesDialog.getByTestId('case-note');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('Ask HSI for the surveillance log of March.');
  await notesDialog.getByTestId('case-notes-search').fill('nothing like this');
  await expect(note).toHaveCount(0);
  await notesDialog.getByTestId('case-notes-search').fill('');
  await note.getByTestId('case-note-edit').click();
  await note.getByTestId('case-note-draft').fill('Surveillance log of March received.');
  await note.getByTestId('case-note-save').click();
  await expect(note.getByTestId('case-note-draft')).toHaveCount(0);
  await expect(note).toContainText('Surveillance log of March received.');
  await workbench.screen(page, 'cases-notes');
  await note.getByTestId('case-note-delete').click();
  await expect(note).toHaveCount(0);
  expect(await workbench.api('notes.search', { caseId: notes[0]!.caseId })).toEqual([]);

  // Deleting the analyst entity: it leaves search (and takes its link with it).
  await notesDialog.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('search-input').fill('Samplesby');
  await page.getByTestId('search-results').getByText('Wendell A. Samplesby').click();
  await page.getByTestId('analyst-record-delete').click();
  await page.getByTestId('analyst-record-delete').click();
  await expect.poll(() => workbench.api('search.entities', { query: 'Samplesby' })).toEqual([]);
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
});
