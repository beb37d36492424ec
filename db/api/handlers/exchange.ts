// Import and exchange calls (issue 4). Placeholder until the import module lands.
import { WorkbenchError } from '../../../shared/contract/result';
import type { HandlerGroup } from '../handler-types';

type ExchangeCalls =
  | 'import.preview'
  | 'import.run'
  | 'importSpecs.list'
  | 'importSpecs.save'
  | 'exchange.export'
  | 'exchange.import';

const notYet = (): never => {
  throw new WorkbenchError('INTERNAL', 'Import and exchange are not available in this build yet.');
};

export const exchangeHandlers: HandlerGroup<ExchangeCalls> = {
  'import.preview': notYet,
  'import.run': notYet,
  'importSpecs.list': notYet,
  'importSpecs.save': notYet,
  'exchange.export': notYet,
  'exchange.import': notYet,
};
