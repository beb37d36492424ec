// One line for the terminal or an error box: the workspace's own message, no stack trace.
import { WorkbenchError } from '../../shared/contract/result';

export function describeStartupError(err: unknown): string {
  if (err instanceof WorkbenchError) return err.message;
  if (err instanceof Error && 'code' in err && typeof err.code === 'string') {
    return `${err.message} (${err.code})`;
  }
  return err instanceof Error ? err.message : String(err);
}
