// Small steps many specs share: open the workbench on the chart without waiting for a
// layout, and find an entity's id the way the analyst would, by searching for it.
import { expect, type Page } from '@playwright/test';
import type { Workbench } from '../fixtures';

/** Opens the chart view with the test hook, once the workspace has answered. */
export async function openWithHooks(page: Page, workbench: Workbench): Promise<void> {
  await page.goto(`${workbench.url.replace(/\/$/, '')}/?testHooks&view=chart`);
  await expect(page.getByTestId('workspace-info')).toContainText('cases');
}

/**
 * The id of the entity search finds for `query` whose label is `label` (or, with
 * `prefix`, starts with it); throws naming both when there is none.
 */
export async function entityId(
  workbench: Workbench,
  query: string,
  label: string,
  opts: { prefix?: boolean } = {},
): Promise<number> {
  const hits = await workbench.api('search.entities', { query, limit: 50 });
  const hit = hits.find((h) => h.label === label || (opts.prefix === true && h.label.startsWith(label)));
  if (!hit) throw new Error(`no entity "${label}" for "${query}"`);
  return hit.entityId;
}
