// How the file is read, part of the specification: header row, delimiter, encoding and
// (for .xlsx) the worksheet. Changing one reads the file again.
import { ENCODINGS } from '../../../../shared/contract/import-spec';
import type { SpecSettings } from './spec-draft';
import { useWizard } from './wizard-store';

const DELIMITERS: [string, string][] = [
  ['', 'detect'],
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
  ['|', 'pipe'],
];

export function ReadOptions({ xlsx }: { xlsx: boolean }) {
  const rest = useWizard((s) => s.draft.rest);
  const change = (patch: Partial<SpecSettings>) => {
    const { draft, set } = useWizard.getState();
    const next: SpecSettings = { ...draft.rest, ...patch };
    for (const [k, v] of Object.entries(patch))
      if (v === '' || v === undefined) delete next[k as keyof SpecSettings];
    set({ draft: { ...draft, rest: next }, preview: null, check: null });
  };
  const header = typeof rest.headerRow === 'number' ? rest.headerRow : 1;
  return (
    <div className="read-options" data-testid="read-options">
      <label className="form-inline">
        <span>Header row</span>
        <input
          type="number"
          min={1}
          max={1000}
          value={header}
          onChange={(e) => change({ headerRow: Math.max(1, Math.min(1000, Number(e.target.value) || 1)) })}
          className="narrow"
          data-testid="read-header-row"
        />
      </label>
      {xlsx ? (
        <label className="form-inline">
          <span>Worksheet</span>
          <input
            value={typeof rest.sheet === 'string' ? rest.sheet : ''}
            placeholder="first sheet"
            onChange={(e) => change({ sheet: e.target.value })}
            data-testid="read-sheet"
          />
        </label>
      ) : (
        <>
          <label className="form-inline">
            <span>Delimiter</span>
            <select
              value={typeof rest.delimiter === 'string' ? rest.delimiter : ''}
              onChange={(e) => change({ delimiter: e.target.value })}
            >
              {DELIMITERS.map(([v, label]) => (
                <option key={label} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="form-inline">
            <span>Encoding</span>
            <select
              value={rest.encoding ?? 'auto'}
              onChange={(e) => change({ encoding: ENCODINGS.find((v) => v === e.target.value) })}
            >
              {ENCODINGS.map((v) => (
                <option key={v} value={v}>
                  {v === 'auto' ? 'detect' : v}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </div>
  );
}
