// The chart's key: entity types and link kinds on the chart, the colour of each case,
// and the mark of entities that hold records from more than one case.
import { useMemo, useState } from 'react';
import { ENTITY_TYPE_INFO, type EntityType } from '../../../shared/domain/entity-types';
import { scopeInput, useCall } from '../data/queries';
import { useUi } from '../state/ui-store';
import { iconDataUri } from './icons';
import {
  caseColours,
  CROSS_CASE_COLOUR,
  ENTITY_STYLE,
  LINK_FAMILY,
  LINK_FAMILY_STYLE,
  type LinkFamily,
} from './style-tables';

/** More cases than this are keyed in the case list instead, to keep the legend small. */
const MAX_LISTED_CASES = 6;

export function Legend() {
  const [open, setOpen] = useState(true);
  const caseIds = useUi((s) => s.caseIds);
  const graph = useCall('graph.get', scopeInput(caseIds)).data;
  const cases = useCall('cases.list', {}).data;

  const content = useMemo(() => {
    if (!graph || !cases) return null;
    const types = new Set<EntityType>(graph.nodes.map((n) => n.type));
    const families = new Set<LinkFamily>(graph.links.map((l) => LINK_FAMILY[l.type]));
    const colours = caseColours(cases.map((c) => c.id));
    const shownCases = new Set(graph.nodes.flatMap((n) => n.caseIds));
    return {
      types: (Object.keys(ENTITY_STYLE) as EntityType[]).filter((t) => types.has(t)),
      families: (Object.keys(LINK_FAMILY_STYLE) as LinkFamily[]).filter((f) => families.has(f)),
      cases: cases.filter((c) => shownCases.has(c.id)).map((c) => ({ ...c, colour: colours.get(c.id)! })),
      crossCase: graph.nodes.filter((n) => n.crossCase).length,
    };
  }, [graph, cases]);

  if (!content) return null;
  return (
    <aside className={open ? 'legend open' : 'legend'} data-testid="legend">
      <button className="legend-toggle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        Legend {open ? '▾' : '▸'}
      </button>
      {open && (
        <div className="legend-body">
          <div className="legend-types">
            {content.types.map((t) => (
              <div key={t} className="legend-row">
                <img src={iconDataUri(t, ENTITY_STYLE[t].colour)} width={14} height={14} alt="" />
                {ENTITY_TYPE_INFO[t].plural}
              </div>
            ))}
          </div>
          <div className="legend-section">
            {content.families.map((f) => (
              <div key={f} className="legend-row">
                <span
                  className={`legend-line ${LINK_FAMILY_STYLE[f].line}`}
                  style={{ borderColor: LINK_FAMILY_STYLE[f].colour }}
                />
                {LINK_FAMILY_STYLE[f].label}
              </div>
            ))}
          </div>
          <div className="legend-section">
            <div className="legend-row">
              <span className="legend-cross" style={{ borderColor: CROSS_CASE_COLOUR }} />
              In several cases ({content.crossCase})
            </div>
            {content.cases.length <= MAX_LISTED_CASES ? (
              content.cases.map((c) => (
                <div key={c.id} className="legend-row" title={c.title}>
                  <span className="legend-swatch" style={{ background: c.colour }} />
                  {c.number}
                </div>
              ))
            ) : (
              <div className="legend-row legend-note">
                <span className="legend-swatch" style={{ background: content.cases[0]?.colour }} />
                Ring colour = case ({content.cases.length} cases; key in the case list)
              </div>
            )}
          </div>
        </div>
      )}
    </aside>
  );
}
