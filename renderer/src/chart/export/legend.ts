// The legend and the scale line of an exported picture, read from the scene itself so they
// name exactly what is drawn (the same tables as the chart's Key).
import { ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import {
  caseColours,
  CROSS_CASE_COLOUR,
  ENTITY_STYLE,
  LINK_FAMILY_STYLE,
  type LinkFamily,
} from '../style-tables';
import type { LegendData } from './compose';
import type { SvgScene } from './svg';
import { plural } from '../../app/counts';

export interface CaseName {
  id: number;
  number: string;
}

/** Past this many cases the legend would outgrow the chart: the scale line still counts them. */
const MAX_LEGEND_CASES = 24;

export function legendOf(scene: SvgScene, cases: CaseName[]): LegendData {
  const types = new Set<EntityType>(scene.nodes.map((n) => n.type));
  const families = new Set<LinkFamily>(scene.edges.flatMap((e) => (e.family ? [e.family] : [])));
  const colours = caseColours(cases.map((c) => c.id));
  const shown = shownCases(scene);
  const crossCase = scene.nodes.filter((n) => n.crossCase).length;
  return {
    types: (Object.keys(ENTITY_STYLE) as EntityType[])
      .filter((t) => types.has(t))
      .map((t) => ({ type: t, label: ENTITY_TYPE_INFO[t].plural, colour: ENTITY_STYLE[t].colour })),
    links: (Object.keys(LINK_FAMILY_STYLE) as LinkFamily[])
      .filter((f) => families.has(f))
      .map((f) => ({ ...LINK_FAMILY_STYLE[f] })),
    crossCase: crossCase ? { label: `In several cases (${crossCase})`, colour: CROSS_CASE_COLOUR } : null,
    cases:
      shown.size <= MAX_LEGEND_CASES
        ? cases.filter((c) => shown.has(c.id)).map((c) => ({ label: c.number, colour: colours.get(c.id)! }))
        : [],
  };
}

function shownCases(scene: SvgScene): Set<number> {
  return new Set(scene.nodes.flatMap((n) => n.caseIds ?? []));
}

/** "42 entities from 6 cases". */
export function scaleNoteOf(scene: SvgScene): string {
  const cases = shownCases(scene).size;
  return `${plural(scene.nodes.length, 'entity', 'entities')} from ${plural(cases, 'case', 'cases')}`;
}
