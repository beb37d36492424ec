// Undo and redo of data actions through the audit log, and source grading (issue 12).
import { setGrade } from '../../grading/grades';
import { latestStep, redoAction, undoAction } from '../../history/undo';
import type { HandlerGroup } from '../handler-types';

type HistoryCalls = 'history.undo' | 'history.redo' | 'history.latest' | 'grading.set';

export const historyHandlers: HandlerGroup<HistoryCalls> = {
  'history.undo': (input, ctx) => undoAction(ctx.db, input.auditId),
  'history.redo': (input, ctx) => redoAction(ctx.db, input.auditId),
  'history.latest': (_input, ctx) => latestStep(ctx.db),
  'grading.set': (input, ctx) => setGrade(ctx.db, input),
};
