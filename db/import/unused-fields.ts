// Fields the matching engine does not read are stored all the same, but the analyst is
// told so at preview and import rather than finding out from missed matches.
import { columnsOfSource, type ParsedSpec } from '../../shared/contract/import-spec';
import { isPersonField } from '../../shared/domain/person-fields';

/** One note per person mapping with fields matching does not use; [] when there are none. */
export function unusedFieldNotes(spec: ParsedSpec): string[] {
  const notes: string[] = [];
  for (const e of spec.entities) {
    if (e.type !== 'person') continue;
    const unused = Object.entries(e.fields).filter(([field]) => !isPersonField(field));
    if (unused.length === 0) continue;
    const columns = unused.flatMap(([, source]) => columnsOfSource(source)).map((c) => `"${c}"`);
    const fields = unused.map(([field]) => field).join(', ');
    notes.push(
      `Person "${e.key}": ${columns.length === 1 ? 'column' : 'columns'} ${columns.join(', ')} ` +
        `(${fields}) ${columns.length === 1 ? 'is' : 'are'} stored but not used for matching.`,
    );
  }
  return notes;
}
