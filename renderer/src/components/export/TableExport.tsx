// "Export ▾" on a list: the whole list (not just the rows on screen) as CSV or XLSX.
import { useEffect, useRef, useState } from 'react';
import { useClient } from '../../client/client-context';
import { reportError, reportInfo } from '../../state/notices';
import { base64Of } from './picture';
import { toCsv, toXlsx, type Table } from './table-format';
import './export.css';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function TableExport(props: { load(): Table | Promise<Table>; testId: string; disabled?: boolean }) {
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const save = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const table = await props.load();
      const stem = `thorline-${table.name}-${new Date().toISOString().slice(0, 10)}`;
      const result =
        format === 'csv'
          ? await client.saveFile({
              suggestedName: `${stem}.csv`,
              mime: 'text/csv',
              data: toCsv(table),
              encoding: 'utf8',
            })
          : await client.saveFile({
              suggestedName: `${stem}.xlsx`,
              mime: XLSX_MIME,
              data: await base64Of(new Blob([(await toXlsx(table)) as BlobPart])),
              encoding: 'base64',
            });
      if (result.saved) reportInfo(`${table.rows.length} rows saved as ${result.path}`);
      setOpen(false);
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="menu table-export" ref={box}>
      <button
        className="button small"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        disabled={props.disabled || busy}
        data-testid={props.testId}
        title="Save this list as CSV or XLSX"
      >
        {busy ? 'Saving…' : 'Export ▾'}
      </button>
      {open && (
        <div className="menu-panel table-export-panel">
          {(['csv', 'xlsx'] as const).map((f) => (
            <button
              key={f}
              className="button small"
              onClick={() => void save(f)}
              disabled={busy}
              data-testid={`${props.testId}-${f}`}
            >
              {f.toUpperCase()}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
