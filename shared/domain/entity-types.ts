// The table of entity types the workbench knows. Everything that draws, lists or
// normalises by type reads this table, so adding a type is one row here.

export const ENTITY_TYPES = [
  'person',
  'organisation',
  'dealer',
  'phone',
  'address',
  'firearm',
  'vehicle',
  'account',
  'purchase',
  'shipment',
  'crossing',
  'recovery',
  'stop',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityTypeInfo {
  label: string;
  plural: string;
  /** Position in the supply chain, left to right, for the hierarchical layout. */
  chainRank: number;
  /** Identifier kinds whose normalised value makes two records of this type one entity. */
  identifierKinds: readonly IdentifierKind[];
}

export const IDENTIFIER_KINDS = ['serial', 'phone', 'vin', 'plate', 'ffl', 'address', 'account'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const ENTITY_TYPE_INFO: Record<EntityType, EntityTypeInfo> = {
  dealer: { label: 'Licensed dealer', plural: 'Dealers', chainRank: 0, identifierKinds: ['ffl'] },
  purchase: { label: 'Purchase', plural: 'Purchases', chainRank: 1, identifierKinds: [] },
  firearm: { label: 'Firearm', plural: 'Firearms', chainRank: 2, identifierKinds: ['serial'] },
  person: { label: 'Person', plural: 'People', chainRank: 3, identifierKinds: [] },
  phone: { label: 'Phone', plural: 'Phones', chainRank: 4, identifierKinds: ['phone'] },
  account: { label: 'Account', plural: 'Accounts', chainRank: 4, identifierKinds: ['account'] },
  address: { label: 'Address', plural: 'Addresses', chainRank: 5, identifierKinds: ['address'] },
  shipment: { label: 'Shipment', plural: 'Shipments', chainRank: 5, identifierKinds: [] },
  vehicle: { label: 'Vehicle', plural: 'Vehicles', chainRank: 6, identifierKinds: ['vin', 'plate'] },
  crossing: { label: 'Border crossing', plural: 'Crossings', chainRank: 7, identifierKinds: [] },
  recovery: { label: 'Recovery', plural: 'Recoveries', chainRank: 8, identifierKinds: [] },
  /** A traffic stop or roadside field interview: dated and placed, like a crossing. */
  stop: { label: 'Traffic stop', plural: 'Stops', chainRank: 7, identifierKinds: [] },
  organisation: {
    label: 'Organisation',
    plural: 'Organisations',
    chainRank: 9,
    identifierKinds: [],
  },
};

/** Roles a person can play in a trafficking network (kept in the record's fields). */
export const PERSON_ROLES = [
  'straw purchaser',
  'broker',
  'recruiter',
  'courier',
  'consolidator',
  'buyer',
  'associate',
  'witness',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
