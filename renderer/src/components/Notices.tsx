// Toasts for failed calls and confirmations; errors stay until dismissed.
import { useEffect } from 'react';
import { useNotices, type Notice } from '../state/notices';

export function Notices() {
  const notices = useNotices((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    if (notice.kind !== 'info') return;
    // Long enough to read: a notice that says what was left out and how to make room is long.
    const t = setTimeout(() => dismiss(notice.id), Math.max(4000, notice.text.length * 60));
    return () => clearTimeout(t);
  }, [notice, dismiss]);
  return (
    <div
      className={`notice notice-${notice.kind}`}
      data-testid={`notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : undefined}
    >
      <span className="notice-text">{notice.text}</span>
      <button className="icon-button" onClick={() => dismiss(notice.id)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
