// Training runs in a workspace file of its own (training.thorline beside the default
// workspace), so a trainee can reset it at any time without touching an analyst's files.
// Opening another file is the host's business, so both hosts put these calls in front of
// the workspace's dispatch; the renderer reloads once a call has switched the file.
import fs from 'node:fs';
import path from 'node:path';
import type { Dispatch } from '../../db/api/dispatch';
import { inputIssues } from '../../shared/contract/issues';
import { CALLS } from '../../shared/contract/calls';
import { WorkbenchError, type Result } from '../../shared/contract/result';
import type { TrainingStatus } from '../../shared/contract/training-model';

export const TRAINING_FILE = 'training.thorline';

/** What a host lends the training calls: the open file, and a way to open another. */
export interface SwitchableWorkspace {
  current(): string;
  /** Closes the open workspace and opens this one; on failure the one that was open is reopened. */
  switchTo(workspacePath: string, options?: { seedIfMissing?: boolean }): Promise<void>;
  /** Closes the open workspace (before its file is replaced). */
  close(): Promise<void>;
}

export interface TrainingOptions {
  trainingPath: string;
  /** Where "leave training" goes when training was the first workspace opened. */
  homePath: string;
}

type HostCall = 'training.status' | 'training.start' | 'training.leave';
const HOST_CALLS = new Set<string>(['training.status', 'training.start', 'training.leave']);

export function withTrainingCalls(
  dispatch: Dispatch,
  workspace: SwitchableWorkspace,
  options: TrainingOptions,
): Dispatch {
  const training = new TrainingHost(workspace, options);
  return async (name, input) => {
    if (typeof name !== 'string' || !HOST_CALLS.has(name)) return dispatch(name, input);
    const call = name as HostCall;
    const parsed = CALLS[call].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = inputIssues(parsed.error.issues).slice(0, 20);
      const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: `Invalid input for ${call}: ${summary}` },
      };
    }
    try {
      return { ok: true, value: await training.answer(call, parsed.data as { reset?: boolean }) };
    } catch (err) {
      return failure(call, err);
    }
  };
}

class TrainingHost {
  private returnPath: string | null = null;

  constructor(
    private readonly workspace: SwitchableWorkspace,
    private readonly options: TrainingOptions,
  ) {}

  async answer(call: HostCall, input: { reset?: boolean }): Promise<TrainingStatus> {
    if (call === 'training.start') await this.start(input.reset ?? false);
    if (call === 'training.leave') await this.leave();
    return this.status();
  }

  private status(): TrainingStatus {
    return {
      active: this.isActive(),
      trainingPath: this.options.trainingPath,
      returnPath: this.isActive() ? (this.returnPath ?? this.options.homePath) : null,
    };
  }

  private isActive(): boolean {
    return path.resolve(this.workspace.current()) === path.resolve(this.options.trainingPath);
  }

  private async start(reset: boolean): Promise<void> {
    const target = this.options.trainingPath;
    const active = this.isActive();
    if (!active) this.returnPath = this.workspace.current();
    if (!reset) {
      // Created with the training scenario when missing (written beside it and renamed into place).
      if (!active) await this.workspace.switchTo(target, { seedIfMissing: true });
      return;
    }
    if (active) await this.workspace.close();
    // The old training file is set aside, not deleted, until the fresh one is open.
    const aside = `${target}.previous`;
    const files = ['', '-wal', '-shm'].filter((suffix) => fs.existsSync(`${target}${suffix}`));
    for (const suffix of files) fs.renameSync(`${target}${suffix}`, `${aside}${suffix}`);
    try {
      await this.workspace.switchTo(target, { seedIfMissing: true });
    } catch (err) {
      for (const suffix of files) fs.renameSync(`${aside}${suffix}`, `${target}${suffix}`);
      throw err;
    }
    for (const suffix of files) fs.rmSync(`${aside}${suffix}`, { force: true });
  }

  private async leave(): Promise<void> {
    if (!this.isActive()) return;
    const back = this.returnPath ?? this.options.homePath;
    await this.workspace.switchTo(back);
    this.returnPath = null;
  }
}

function failure(call: string, err: unknown): Result<never> {
  if (err instanceof WorkbenchError) return { ok: false, error: { code: err.code, message: err.message } };
  const reason = err instanceof Error ? err.message : String(err);
  return {
    ok: false,
    error: { code: 'BAD_FILE', message: `${call}: the training workspace could not be opened: ${reason}` },
  };
}

/** training.thorline beside the workspace a host opens by default. */
export function trainingPathBeside(defaultWorkspace: string): string {
  return path.join(path.dirname(defaultWorkspace), TRAINING_FILE);
}
