// Per-row problems of an import, as the backend names them: file, row, column, message.
import type { ImportProblem } from '../../../../shared/contract/exchange-model';

export function ProblemTable({ problems, max = 500 }: { problems: ImportProblem[]; max?: number }) {
  const shown = problems.slice(0, max);
  return (
    <div className="problems-scroll">
      <table className="grid-table problems" data-testid="problem-table">
        <thead>
          <tr>
            <th>File</th>
            <th className="num">Row</th>
            <th>Column</th>
            <th>Problem</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i} data-testid="problem-row">
              <td className="mono">{p.file}</td>
              <td className="num">{p.row ?? '—'}</td>
              <td>{p.column ?? '—'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > max && (
        <div className="muted small">… and {problems.length - max} more problems.</div>
      )}
    </div>
  );
}
