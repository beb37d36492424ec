// Starts a table import as a background job (import.start) and follows it: job.progress
// pushes move the bar and a slow poll of jobs.status covers a missed push. When it is
// done the report step opens; a cancelled import has written nothing.
import { useCallback, useEffect } from 'react';
import type { CallInput } from '../../../../shared/contract/calls';
import type { JobStatus } from '../../../../shared/contract/matching-model';
import { useClient } from '../../client/client-context';
import { reportError } from '../../state/notices';
import { useWizard } from './wizard-store';

const POLL_MS = 1000;

export function useImportJob() {
  const client = useClient();
  const job = useWizard((s) => s.job);
  const running = job?.state === 'running';

  /** Takes a newer status of the followed job; an ended job is not revived by a late push. */
  const settle = useCallback((status: JobStatus) => {
    const current = useWizard.getState().job;
    if (!current || current.jobId !== status.jobId || current.state !== 'running') return;
    useWizard.getState().set({ job: status });
    if (status.state === 'done' && status.importReport) {
      useWizard.getState().set({ report: status.importReport, step: 'report' });
    } else if (status.state === 'failed') reportError(new Error(`Import failed: ${status.message}`));
  }, []);

  useEffect(() => client.on('job.progress', (s) => s.kind === 'import' && settle(s)), [client, settle]);

  const jobId = running ? job.jobId : null;
  useEffect(() => {
    if (!jobId) return;
    const poll = () =>
      client
        .call('jobs.status', { jobId })
        .then(settle)
        .catch(() => {});
    // At once too: a small file's job may end before its first push reaches us.
    poll();
    const timer = setInterval(poll, POLL_MS);
    return () => clearInterval(timer);
  }, [client, jobId, settle]);

  const start = useCallback(
    async (input: CallInput<'import.start'>) => {
      try {
        useWizard.getState().set({ job: null });
        useWizard.getState().set({ job: await client.call('import.start', input) });
      } catch (err) {
        reportError(err);
      }
    },
    [client],
  );

  const cancel = useCallback(async () => {
    if (!jobId) return;
    try {
      settle(await client.call('jobs.cancel', { jobId }));
    } catch (err) {
      reportError(err);
    }
  }, [client, jobId, settle]);

  return { job, running, start, cancel };
}
