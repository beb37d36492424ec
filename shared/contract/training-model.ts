// What the training calls answer: training runs in a workspace file of its own, so a
// trainee can reset it at any time without touching an analyst's workspace.
export interface TrainingStatus {
  /** The training workspace is the one open now. */
  active: boolean;
  trainingPath: string;
  /** The workspace training returns to (null when training was not started from one). */
  returnPath: string | null;
}
