// Where a person lives and how to reach them, as stated on the person row itself (street,
// locality, postcode, phone, email), and the entities the record is linked to (relational
// evidence): features and the comparison levels of each.
import type { Comparison } from './model';
import { spellingLevel } from './names';
import { digitsOf, foldText, jw } from './text';

export interface ContactFeatures {
  /** House number and street name, folded; '' when not stated. */
  houseNo: string;
  streetName: string;
  locality: string;
  postcode: string;
  phone: string;
  email: string;
  /** Entity ids of the addresses, phones, vehicles and accounts the record is linked to. */
  linked: number[];
}

export function contactFeatures(fields: Record<string, string>): ContactFeatures {
  const street = foldText(fields.street ?? '');
  const no = /^(\d+[a-z]?)\b\s*(.*)$/.exec(street);
  return {
    houseNo: no ? no[1]! : '',
    streetName: no ? no[2]! : street,
    locality: foldText(fields.locality ?? ''),
    postcode: (fields.postcode ?? '').replace(/\s/g, '').toUpperCase(),
    phone: digitsOf(fields.phone ?? '').slice(-10),
    email: (fields.email ?? '').trim().toLowerCase(),
    linked: [],
  };
}

const hasAddress = (f: ContactFeatures) => Boolean(f.streetName || f.locality || f.postcode);
const streetText = (f: ContactFeatures) => [f.houseNo, f.streetName].filter(Boolean).join(' ');
const placeText = (f: ContactFeatures) => [f.locality, f.postcode].filter(Boolean).join(' ');

/** Same street name (or spelled alike) and the same house number, where both state one. */
function sameStreet(a: ContactFeatures, b: ContactFeatures): boolean {
  if (!a.streetName || !b.streetName) return false;
  if (a.houseNo && b.houseNo && a.houseNo !== b.houseNo) return false;
  return a.streetName === b.streetName || spellingLevel(a.streetName, b.streetName) === 'close';
}

function sameArea(a: ContactFeatures, b: ContactFeatures): 'postcode' | 'locality' | null {
  if (a.postcode && a.postcode === b.postcode) return 'postcode';
  if (a.locality && b.locality && (a.locality === b.locality || jw(a.locality, b.locality) >= 0.92))
    return 'locality';
  return null;
}

/** Address levels: same address, same street and number, same postcode or town, differs. */
export function compareAddress(a: ContactFeatures, b: ContactFeatures): Comparison | null {
  if (!hasAddress(a) || !hasAddress(b)) return null;
  const street = sameStreet(a, b);
  const area = sameArea(a, b);
  const text = (f: ContactFeatures) => [streetText(f), placeText(f)].filter(Boolean).join(', ');
  const level = street && area ? 'same' : street ? 'street' : area ? 'area' : 'differs';
  // A common postcode or town says less than a rare one (term-frequency adjustment).
  const tf: Comparison['tf'] =
    level === 'area'
      ? area === 'postcode'
        ? ['postcode', a.postcode]
        : ['locality', a.locality]
      : undefined;
  return { field: 'address', level, a: text(a), b: text(b), tf };
}

export function compareContact(a: ContactFeatures, b: ContactFeatures): Comparison[] {
  const out: Comparison[] = [];
  const address = compareAddress(a, b);
  if (address) out.push(address);
  if (a.phone && b.phone)
    out.push({ field: 'phone', level: a.phone === b.phone ? 'same' : 'differs', a: a.phone, b: b.phone });
  if (a.email && b.email)
    out.push({ field: 'email', level: a.email === b.email ? 'same' : 'differs', a: a.email, b: b.email });
  return out;
}

/** What the run knows about linked entities: their type and label, for the comparison's text. */
export interface LinkedEntities {
  typeOf(entityId: number): string;
  labelOf(entityId: number): string;
}

const LINK_RANK = ['phone', 'account', 'vehicle', 'address'];

/**
 * Relational evidence: both records are linked to one address, phone, vehicle or account
 * entity. The rarest kind shared wins; the entity is named in the evidence. Weighted down
 * by how many people share it (term-frequency on the entity: a shelter address says little).
 */
export function compareLinked(
  a: ContactFeatures,
  b: ContactFeatures,
  entities?: LinkedEntities,
): Comparison | null {
  if (a.linked.length === 0 || b.linked.length === 0 || !entities) return null;
  let best = -1;
  let bestRank = LINK_RANK.length;
  for (const e of a.linked) {
    if (!b.linked.includes(e)) continue;
    const rank = LINK_RANK.indexOf(entities.typeOf(e));
    if (rank >= 0 && rank < bestRank) [best, bestRank] = [e, rank];
  }
  if (best < 0) return { field: 'linked', level: 'none' };
  const label = entities.labelOf(best);
  return { field: 'linked', level: LINK_RANK[bestRank]!, a: label, b: label, tf: ['entity', String(best)] };
}
