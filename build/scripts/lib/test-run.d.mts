export const REPO: string;
export const RESULTS_ROOT: string;
/** The run's output folder (created), exported to child processes as THORLINE_TEST_OUTPUT. */
export function prepareRunOutput(): string;
