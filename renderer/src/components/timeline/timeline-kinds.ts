// The timeline's event kinds in the analyst's words and the chart's colours.
import { ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { LINK_TYPE_LABELS, type LinkType } from '../../../../shared/domain/link-types';
import { ENTITY_STYLE } from '../../chart/style-tables';

const LINK_KINDS: Partial<Record<LinkType, { label: string; colour: string }>> = {
  called: { label: 'Calls', colour: ENTITY_STYLE.phone.colour },
};

export function kindLabel(kind: string): string {
  if (kind in ENTITY_TYPE_INFO) return ENTITY_TYPE_INFO[kind as EntityType].plural;
  return LINK_KINDS[kind as LinkType]?.label ?? LINK_TYPE_LABELS[kind as LinkType] ?? kind;
}

export function kindColour(kind: string): string {
  if (kind in ENTITY_STYLE) return ENTITY_STYLE[kind as EntityType].colour;
  return LINK_KINDS[kind as LinkType]?.colour ?? '#868e96';
}
