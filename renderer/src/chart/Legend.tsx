// The chart's key: entity types and link kinds on the chart, the colour of each case,
// and the mark of entities that hold records from more than one case.
import { useMemo, useState } from 'react';
import { ENTITY_TYPE_INFO, type EntityType } from '../../../shared/domain/entity-types';
import { useCall } from '../data/queries';
import { graphInput } from './budget';
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
import { CredibilityKey } from './CredibilityKey';

/** More cases than this are keyed in the case list instead, to keep the legend small. */
const MAX_LISTED_CASES = 6;

export function Legend() {
  const [open, setOpen] = useState(true);
  const caseIds = useUi((s) => s.caseIds);
  const graph = useCall('graph.get', graphInput(caseIds)).data;
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
      graded: graph.links.some((l) => l.credibility !== undefined),
    };
  }, [graph, cases]);

  if (!content) return null;
  return (
    <aside className={open ? 'legend open' : 'legend'} data-testid="legend">
      <button
        className="legend-toggle"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        title="Show or hide the key"
      >
        {open ? '▾' : '▸'} Key
      </button>
      {open && (
        <div className="legend-body">
          {content.types.map((t) => (
            <span key={t} className="legend-item">
              <img src={iconDataUri(t, ENTITY_STYLE[t].colour)} width={13} height={13} alt="" />
              {ENTITY_TYPE_INFO[t].plural}
            </span>
          ))}
          <span className="legend-sep" />
          {content.families.map((f) => (
            <span key={f} className="legend-item">
              <span
                className={`legend-line ${LINK_FAMILY_STYLE[f].line}`}
                style={{ borderColor: LINK_FAMILY_STYLE[f].colour }}
              />
              {LINK_FAMILY_STYLE[f].label}
            </span>
          ))}
          {content.graded && <CredibilityKey />}
          <span className="legend-sep" />
          <span className="legend-item legend-strong">
            <span className="legend-cross" style={{ borderColor: CROSS_CASE_COLOUR }} />
            In several cases ({content.crossCase})
          </span>
          {content.cases.length <= MAX_LISTED_CASES ? (
            content.cases.map((c) => (
              <span key={c.id} className="legend-item" title={c.title}>
                <span className="legend-swatch" style={{ background: c.colour }} />
                {c.number}
              </span>
            ))
          ) : (
            <span className="legend-item">
              <span className="legend-ring" style={{ borderColor: content.cases[0]?.colour }} />
              Ring colours: the entity&apos;s cases (keyed in the case list)
            </span>
          )}
        </div>
      )}
    </aside>
  );
}
