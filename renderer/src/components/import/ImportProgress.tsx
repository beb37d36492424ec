// The running import's progress in the check step: the review view's job bar, with rows
// done out of the estimated rows and the share in percent.
import type { JobStatus } from '../../../../shared/contract/matching-model';

export function ImportProgress({ job }: { job: JobStatus }) {
  const known = job.recordsTotal > 0;
  const percent = known ? Math.min(100, Math.round((job.recordsDone / job.recordsTotal) * 100)) : 0;
  const rows = job.recordsDone.toLocaleString();
  return (
    <div
      className={`job-progress import-progress job-${job.state}`}
      data-testid="import-progress"
      data-state={job.state}
      data-rows={job.recordsDone}
      title={job.message}
    >
      <div
        className="job-bar"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={known ? percent : undefined}
      >
        <div className="job-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="ellipsis" data-testid="import-progress-text">
        {known ? `${rows} / ${job.recordsTotal.toLocaleString()} rows · ${percent}%` : `${rows} rows read`}
      </span>
    </div>
  );
}
