// The chart's look as tables: entity type → colour and icon, link type → line style,
// and the palette that gives each case its colour key. The stylesheet, the legend and
// the SVG export all read these, so a new type is one row here.
import type { EntityType } from '../../../shared/domain/entity-types';
import type { LinkType } from '../../../shared/domain/link-types';

export interface EntityStyle {
  colour: string;
  /** A light tint of the colour for the node's face. */
  tint: string;
}

export const ENTITY_STYLE: Record<EntityType, EntityStyle> = {
  person: { colour: '#2f6db0', tint: '#eaf1fa' },
  organisation: { colour: '#5d4a9e', tint: '#efecf8' },
  dealer: { colour: '#197a63', tint: '#e6f4f0' },
  phone: { colour: '#b86e0b', tint: '#fbf1e3' },
  address: { colour: '#7c5532', tint: '#f4eee8' },
  firearm: { colour: '#b02e2e', tint: '#f9e9e9' },
  vehicle: { colour: '#3b7a35', tint: '#ebf4ea' },
  account: { colour: '#4d5e70', tint: '#ecf0f3' },
  purchase: { colour: '#1f7f93', tint: '#e5f3f6' },
  shipment: { colour: '#8f6418', tint: '#f6f0e2' },
  crossing: { colour: '#73398a', tint: '#f3ebf6' },
  recovery: { colour: '#a3294b', tint: '#f8e8ed' },
  stop: { colour: '#364fc7', tint: '#edf0fc' },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type LinkFamily = 'trade' | 'money' | 'contact' | 'place' | 'movement' | 'people';

export const LINK_FAMILY_STYLE: Record<LinkFamily, { colour: string; line: LineStyle; label: string }> = {
  trade: { colour: '#5f6b78', line: 'solid', label: 'Purchase and supply' },
  money: { colour: '#2f7d4f', line: 'solid', label: 'Money' },
  contact: { colour: '#b86e0b', line: 'dotted', label: 'Phones and calls' },
  place: { colour: '#7c5532', line: 'dashed', label: 'Addresses' },
  movement: { colour: '#73398a', line: 'solid', label: 'Vehicles and movement' },
  people: { colour: '#2f6db0', line: 'solid', label: 'People and groups' },
};

export const LINK_FAMILY: Record<LinkType, LinkFamily> = {
  purchased: 'trade',
  sold_at: 'trade',
  sold: 'trade',
  bought_for: 'trade',
  supplied: 'trade',
  paid: 'money',
  holds_account: 'money',
  called: 'contact',
  uses_phone: 'contact',
  lives_at: 'place',
  stored_at: 'place',
  drives: 'movement',
  owns: 'movement',
  transported: 'movement',
  crossed_at: 'movement',
  shipped: 'movement',
  recovered_in: 'movement',
  stopped_in: 'movement',
  recruited: 'people',
  member_of: 'people',
  associate_of: 'people',
};

/**
 * Line of a graded link by the credibility of its information (source grading, issue 12):
 * confirmed or probably true solid, possibly true or doubtful dashed, improbable or not
 * judgeable dotted. An ungraded link keeps its kind's line (above).
 */
export const CREDIBILITY_LINE: { max: number; line: LineStyle; label: string }[] = [
  { max: 2, line: 'solid', label: 'Credibility 1–2 (confirmed, probable)' },
  { max: 4, line: 'dashed', label: 'Credibility 3–4 (possible, doubtful)' },
  { max: 6, line: 'dotted', label: 'Credibility 5–6 (improbable, cannot judge)' },
];

/** The line of a link by its credibility; undefined when it is ungraded. */
export function credibilityLine(credibility: number | null | undefined): LineStyle | undefined {
  if (!credibility) return undefined;
  return CREDIBILITY_LINE.find((c) => credibility <= c.max)?.line;
}

/** Dashed "possible same" links drawn for pending match candidates (issue 3). */
export const POSSIBLE_LINK_STYLE = {
  colour: '#d9480f',
  line: 'dashed' as LineStyle,
  label: 'Possible same entity',
};

/** The mark of an entity holding records from more than one case. */
export const CROSS_CASE_COLOUR = '#d9480f';
export const SELECTED_COLOUR = '#1c7ed6';

/** Case colour keys: a qualitative palette, distinct from each other on white. */
export const CASE_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#86bcb6',
  '#d37295',
  '#a0cbe8',
  '#8cd17d',
  '#b6992d',
  '#499894',
  '#bab0ac',
] as const;

/** The last case list coloured and its colours: panels ask on every render, with the same list. */
let lastColours: { ids: readonly number[]; colours: Map<number, string> } | null = null;
const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Each case gets a palette colour by its position in the workspace's case list (stable across
 * scopes). Kept for the same list: sorting 20,000 cases' ids on each render of the case list
 * held the page for tens of ms at a time at a million records. The map is shared: read it only.
 */
export function caseColours(allCaseIds: readonly number[]): Map<number, string> {
  if (lastColours && sameIds(lastColours.ids, allCaseIds)) return lastColours.colours;
  const sorted = [...allCaseIds].sort((a, b) => a - b);
  const colours = new Map(sorted.map((id, i) => [id, CASE_PALETTE[i % CASE_PALETTE.length]!]));
  lastColours = { ids: [...allCaseIds], colours };
  return colours;
}

export const UNKNOWN_CASE_COLOUR = '#adb5bd';
