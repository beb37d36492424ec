// The review view's controls in the top bar: run matching (with progress and Cancel)
// and the matching settings.
import { useMatchingJob } from './use-matching-job';
import { useReview } from './review-store';

export function MatchingToolbar() {
  const { job, running, start, cancel } = useMatchingJob();
  const openSettings = () => useReview.getState().set({ settingsOpen: true });
  const share = job && job.recordsTotal > 0 ? job.recordsDone / job.recordsTotal : 0;
  return (
    <>
      {job && (
        <div
          className={`job-progress job-${job.state}`}
          data-testid="matching-progress"
          data-state={job.state}
          title={job.message}
        >
          <div className="job-bar" aria-hidden="true">
            <div className="job-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
          </div>
          <span className="ellipsis">
            {running ? (
              <>
                {job.message} · {job.recordsDone.toLocaleString()} / {job.recordsTotal.toLocaleString()}{' '}
                records · {job.candidatesFound.toLocaleString()} candidates
              </>
            ) : (
              job.message
            )}
          </span>
        </div>
      )}
      {running ? (
        <button className="button" onClick={() => void cancel()} data-testid="matching-cancel">
          Cancel
        </button>
      ) : (
        <button className="button accent" onClick={() => void start()} data-testid="matching-run">
          Run matching
        </button>
      )}
      <button
        className="button"
        onClick={openSettings}
        data-testid="matching-settings"
        title="Matching settings"
      >
        Settings
      </button>
    </>
  );
}
