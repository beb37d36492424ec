// The training calls open another workspace file, which only a host can do: the host
// answers them before dispatch (electron/workspace/training-host.ts). Reaching a
// workspace's dispatch means the host did not take them.
import { WorkbenchError } from '../../../shared/contract/result';
import type { HandlerGroup } from '../handler-types';

type TrainingCalls = 'training.status' | 'training.start' | 'training.leave';

const hostOnly = (name: TrainingCalls) => () => {
  throw new WorkbenchError('FORBIDDEN', `${name} is answered by the workbench host, not by a workspace.`);
};

export const trainingHandlers: HandlerGroup<TrainingCalls> = {
  'training.status': hostOnly('training.status'),
  'training.start': hostOnly('training.start'),
  'training.leave': hostOnly('training.leave'),
};
