// The first rows of the table as read by the backend, with the row numbers it uses
// in problem reports.
import type { ImportPreview } from '../../../../shared/contract/exchange-model';

export function PreviewTable(props: {
  preview: ImportPreview;
  /** File row number of the first data row (the row after the header). */
  firstRow: number;
  maxRows?: number;
  highlight?: Set<string>;
}) {
  const { preview, highlight } = props;
  const rows = preview.rows.slice(0, props.maxRows ?? 50);
  return (
    <div className="preview-scroll">
      <table className="grid-table preview" data-testid="preview-table">
        <thead>
          <tr>
            <th className="num">Row</th>
            {preview.columns.map((c) => (
              <th key={c} className={highlight?.has(c) ? 'mapped' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td className="num muted">{props.firstRow + i}</td>
              {preview.columns.map((c, j) => (
                <td key={c} className={highlight?.has(c) ? 'mapped' : undefined}>
                  {r[j] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
