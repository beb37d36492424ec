// Case management calls (issue 12): create, edit, remove with a preview, undo a removal.
import { createCase, updateCase } from '../../cases/case-edit';
import { listRemoved, previewRemoval, removeCase, restoreCase } from '../../cases/remove-case';
import type { HandlerGroup } from '../handler-types';

type CaseCalls =
  | 'cases.create'
  | 'cases.update'
  | 'cases.removalPreview'
  | 'cases.remove'
  | 'cases.restore'
  | 'cases.removed';

export const caseHandlers: HandlerGroup<CaseCalls> = {
  'cases.create': (input, ctx) => createCase(ctx.db, input),
  'cases.update': ({ caseId, ...change }, ctx) => updateCase(ctx.db, caseId, change),
  'cases.removalPreview': (input, ctx) => previewRemoval(ctx.db, input.caseId),
  'cases.remove': (input, ctx) => removeCase(ctx.db, input.caseId),
  'cases.restore': (input, ctx) => restoreCase(ctx.db, input.removalId),
  'cases.removed': (_input, ctx) => listRemoved(ctx.db),
};
