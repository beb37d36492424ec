// Every call's handler, grouped by area. The Handlers type makes a missing one a compile error.
import type { Handlers } from '../handler-types';
import { analysisHandlers } from './analysis';
import { caseHandlers } from './cases';
import { chartHandlers } from './charts';
import { caseMapHandlers } from './casemap';
import { exchangeHandlers } from './exchange';
import { factHandlers } from './facts';
import { historyHandlers } from './history';
import { withUndoCapture } from '../../history/undoable-calls';
import { mapHandlers } from './map';
import { matchingHandlers } from './matching';
import { trainingHandlers } from './training';
import { workspaceHandlers } from './workspace';

export const HANDLERS: Handlers = withUndoCapture({
  ...workspaceHandlers,
  ...matchingHandlers,
  ...exchangeHandlers,
  ...analysisHandlers,
  ...caseHandlers,
  ...factHandlers,
  ...trainingHandlers,
  ...historyHandlers,
  ...chartHandlers,
  ...mapHandlers,
  ...caseMapHandlers,
});
