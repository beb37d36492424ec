// Asking the backend to read the picked table. Before a mapping exists, a placeholder
// mapping first learns the columns, then maps the first column so the rows come back.
import type { ImportPreview } from '../../../../shared/contract/exchange-model';
import type { WorkbenchClient } from '../../../../shared/contract/host';
import type { ImportSpecInput } from '../../../../shared/contract/import-spec';
import { draftProblems, toSpec, type MappingDraft, type SpecSettings } from './spec-draft';
import type { PickedFile } from './wizard-store';

const PLACEHOLDER_COLUMN = '\u0000no column';

function placeholderSpec(rest: SpecSettings, column: string): ImportSpecInput {
  return {
    ...rest,
    name: 'Preview',
    entities: [{ key: 'row', type: 'organisation', fields: { name: column }, dedupe: 'none' }],
  };
}

export async function previewRows(
  client: WorkbenchClient,
  file: PickedFile,
  draft: MappingDraft,
  limit = 50,
): Promise<ImportPreview> {
  const upload = { name: file.name, base64: file.base64 };
  const first = await client.call('import.preview', {
    file: upload,
    spec: placeholderSpec(draft.rest, PLACEHOLDER_COLUMN),
    limit,
  });
  const column = first.columns[0];
  if (!column) return first;
  const second = await client.call('import.preview', {
    file: upload,
    spec: placeholderSpec(draft.rest, column),
    limit,
  });
  // Problems of the placeholder mapping say nothing about the file; only file-level ones count.
  return { ...second, problems: second.problems.filter((p) => p.row === null) };
}

/** Every row mapped with the analyst's mapping: the per-row problems, writing nothing. */
export async function checkMapping(
  client: WorkbenchClient,
  file: PickedFile,
  draft: MappingDraft,
  columns: string[],
): Promise<ImportPreview | string[]> {
  const problems = draftProblems(draft, columns);
  if (problems.length) return problems;
  return client.call('import.preview', {
    file: { name: file.name, base64: file.base64 },
    spec: toSpec(draft),
    limit: 20,
  });
}
