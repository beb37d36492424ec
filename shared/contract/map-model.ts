// What the Map view reads and writes (issue 11 point 7): where each entity is, how that
// was found out, and the flow of guns from the stores that sold them to where they were
// recovered.

/** How an entity got its place. */
export type PlaceSource =
  /** Its own records name a place the bundled gazetteer knows (city and state, or a place in the text). */
  | 'gazetteer'
  /** It takes the place of a linked entity: a person's address, the dealer of a purchase. */
  | 'linked'
  /** The analyst put it on the map by hand. */
  | 'manual'
  /** No place was found; `reason` says why. */
  | 'unplaced';

export interface EntityPlace {
  entityId: number;
  source: PlaceSource;
  lat?: number;
  lon?: number;
  /** The gazetteer's name of the place: "Zapopan, Jalisco", "Milwaukee, WI". */
  placeName?: string;
  /** ISO 3166-2 code of the state: "MX-JAL", "US-WI". */
  stateCode?: string;
  country?: 'US' | 'MX';
  /** How it was matched, in words: 'city and state "Zapopan, Jalisco"', 'address of …'. */
  matchedBy?: string;
  /** For 'linked': the entity whose place this is. */
  viaEntityId?: number;
  /** For 'unplaced': what was tried and why it failed. */
  reason?: string;
}

/** Guns sold by one store and recovered at one place. */
export interface GunFlow {
  /** The dealer that sold the guns. */
  fromEntityId: number;
  /** The recovery (seizure, crime scene, search) where they were found. */
  toEntityId: number;
  count: number;
  firearmIds: number[];
}

export interface MapPlaces {
  places: EntityPlace[];
  flows: GunFlow[];
}

/** A gazetteer entry offered for a typed place. */
export interface GazetteerHit {
  name: string;
  stateCode: string;
  stateName: string;
  country: 'US' | 'MX';
  lat: number;
  lon: number;
  /** "Nogales, Sonora, Mexico": what the analyst reads in the list. */
  label: string;
}
