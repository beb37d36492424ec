// The specification controls of the mapping step: load a saved specification, load a
// shared specification file, and "Save specification as…".
import { importSpecSchema } from '../../../../shared/contract/import-spec';
import { inputIssues } from '../../../../shared/contract/issues';
import { useState } from 'react';
import { useClient } from '../../client/client-context';
import { useCall } from '../../data/queries';
import { reportError, reportInfo } from '../../state/notices';
import { readAsText } from './read-file';
import { fromSpec, toSpec } from './spec-draft';
import { useWizard } from './wizard-store';

export function SpecBar() {
  const client = useClient();
  const specs = useCall('importSpecs.list', {}).data ?? [];
  const specSource = useWizard((s) => s.specSource);
  const [saveName, setSaveName] = useState<string | null>(null);

  const load = (name: string) => {
    const spec = specs.find((s) => s.name === name);
    if (spec) useWizard.getState().set({ draft: fromSpec(spec), specSource: name, check: null });
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = importSpecSchema.safeParse(JSON.parse(await readAsText(file)));
      if (!parsed.success) {
        const issues = inputIssues(parsed.error.issues).map((i) => `${i.field}: ${i.message}`);
        throw new Error(`${file.name} is not a valid import specification: ${issues.join('; ')}`);
      }
      useWizard.getState().set({ draft: fromSpec(parsed.data), specSource: file.name, check: null });
      reportInfo(`Loaded the specification in ${file.name}.`);
    } catch (err) {
      reportError(
        err instanceof SyntaxError ? new Error(`${file.name} is not valid JSON: ${err.message}`) : err,
      );
    }
  };

  const save = async () => {
    const name = saveName?.trim();
    if (!name) return;
    try {
      const { draft } = useWizard.getState();
      const saved = await client.call('importSpecs.save', { spec: toSpec({ ...draft, name }) });
      useWizard.getState().set({ draft: { ...draft, name: saved.name }, specSource: saved.name });
      reportInfo(`Saved the specification "${saved.name}".`);
      setSaveName(null);
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <div className="spec-bar">
      <label className="form-inline">
        <span>Specification</span>
        <select
          value={specs.some((s) => s.name === specSource) ? specSource : ''}
          onChange={(e) => load(e.target.value)}
          data-testid="spec-select"
        >
          <option value="">
            {specSource && !specs.some((s) => s.name === specSource) ? specSource : 'New mapping'}
          </option>
          {specs.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="button small file-button" title="Load a specification someone shared as a JSON file">
        Load file…
        <input
          type="file"
          accept=".json"
          onChange={(e) => void loadFile(e.target.files?.[0])}
          data-testid="spec-file"
        />
      </label>
      {saveName === null ? (
        <button
          className="button small"
          onClick={() => setSaveName(useWizard.getState().draft.name)}
          data-testid="spec-save-as"
        >
          Save specification as…
        </button>
      ) : (
        <form
          className="save-as"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            autoFocus
            value={saveName}
            onChange={(e) => setSaveName(e.target.value)}
            placeholder="Specification name"
            maxLength={120}
            data-testid="spec-save-name"
          />
          <button
            className="button small primary-small"
            type="submit"
            disabled={!saveName.trim()}
            data-testid="spec-save"
          >
            Save
          </button>
          <button className="button small" type="button" onClick={() => setSaveName(null)}>
            Cancel
          </button>
        </form>
      )}
    </div>
  );
}
