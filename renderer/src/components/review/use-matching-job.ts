// Starts a matching run and follows it: job.progress pushes update the bar, and a slow
// poll of jobs.status covers a missed push. A finished run announces its commit with
// workspace.changed, which refreshes the views of candidates and (merged) entities.
import { useCallback, useEffect } from 'react';
import type { JobStatus } from '../../../../shared/contract/matching-model';
import { CallFailed } from '../../client/call-failed';
import { useClient } from '../../client/client-context';
import { reportError, reportInfo } from '../../state/notices';
import { useReview } from './review-store';

const POLL_MS = 1500;

function runningJobId(err: unknown): string | null {
  if (!(err instanceof CallFailed) || err.code !== 'CONFLICT') return null;
  const details = err.details as { jobId?: unknown } | undefined;
  return typeof details?.jobId === 'string' ? details.jobId : null;
}

/** A placeholder status for a job whose status could not be read; the poll fills it in. */
function idle(jobId: string): JobStatus {
  const now = new Date().toISOString();
  return {
    jobId,
    kind: 'matching',
    state: 'running',
    recordsDone: 0,
    recordsTotal: 0,
    candidatesFound: 0,
    message: 'Matching is running',
    startedAt: now,
    finishedAt: null,
  };
}

export function useMatchingJob() {
  const client = useClient();
  const job = useReview((s) => s.job);
  const running = job?.state === 'running';

  const settle = useCallback((status: JobStatus) => {
    const current = useReview.getState().job;
    if (current && current.jobId !== status.jobId) return;
    useReview.getState().set({ job: status });
    if (status.state === 'running') return;
    if (status.state === 'failed') reportError(new Error(`Matching failed: ${status.message}`));
    else reportInfo(status.message);
  }, []);

  useEffect(() => client.on('job.progress', (s) => s.kind === 'matching' && settle(s)), [client, settle]);

  useEffect(() => {
    if (!running || !job) return;
    const timer = setInterval(() => {
      client
        .call('jobs.status', { jobId: job.jobId })
        .then((s) => s.state !== 'running' && settle(s))
        .catch(() => {});
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [client, running, job, settle]);

  const start = useCallback(async () => {
    try {
      useReview.getState().set({ job: null });
      settle(await client.call('matching.start', {}));
    } catch (err) {
      // A run already going on (e.g. started by an import) is followed instead.
      const running = runningJobId(err);
      if (running)
        settle((await client.call('jobs.status', { jobId: running }).catch(() => null)) ?? idle(running));
      else reportError(err);
    }
  }, [client, settle]);

  const cancel = useCallback(async () => {
    if (!job) return;
    try {
      settle(await client.call('jobs.cancel', { jobId: job.jobId }));
    } catch (err) {
      reportError(err);
    }
  }, [client, job, settle]);

  return { job, running, start, cancel };
}
