// A link as a sentence that reads the right way round. Links point downstream along the
// supply chain (db/scenario/builder.ts), so some verbs read backwards from the stored
// direction: purchase —purchased→ person means the person purchased. The sentence puts
// the doer first: "Kayla Voss purchased Purchase 2021-03-02", not "Purchase … purchased Kayla Voss".
import type { EntityType } from './entity-types';
import { LINK_TYPE_LABELS, type LinkType } from './link-types';

interface End {
  label: string;
  type: EntityType;
}

/** Link types whose stored 'from' is the object of the verb for these end types. */
const DOER_IS_TO: Partial<Record<LinkType, (from: EntityType, to: EntityType) => boolean>> = {
  purchased: (from, to) => from === 'purchase' && (to === 'person' || to === 'organisation'),
};

export function linkSentence(
  type: LinkType,
  from: End,
  to: End,
  label?: string,
): { subject: string; verb: string; object: string } {
  const verb = label || LINK_TYPE_LABELS[type] || type;
  if (DOER_IS_TO[type]?.(from.type, to.type)) return { subject: to.label, verb, object: from.label };
  return { subject: from.label, verb, object: to.label };
}
