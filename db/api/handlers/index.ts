// Every call's handler, grouped by area. The Handlers type makes a missing one a compile error.
import type { Handlers } from '../handler-types';
import { analysisHandlers } from './analysis';
import { caseHandlers } from './cases';
import { caseMapHandlers } from './casemap';
import { exchangeHandlers } from './exchange';
import { factHandlers } from './facts';
import { matchingHandlers } from './matching';
import { workspaceHandlers } from './workspace';

export const HANDLERS: Handlers = {
  ...workspaceHandlers,
  ...matchingHandlers,
  ...exchangeHandlers,
  ...analysisHandlers,
  ...caseHandlers,
  ...factHandlers,
  ...caseMapHandlers,
};
