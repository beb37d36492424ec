// The recurring cast of the training scenario: the things that appear in more than
// one case (dealers, phones, the stash house, the courier vehicle, guns) and the
// ground-truth identities of people. Everything here is fictional: phones are in
// the 555-01xx range, serials, VINs, licences and street names are obviously synthetic.
import type { DealerSpec, GunSpec } from './builder';

const MODELS: Omit<GunSpec, 'serial'>[] = [
  { make: 'FN Herstal', model: 'Five-seveN MK3', calibre: '5.7x28mm', category: 'pistol' },
  { make: 'Palmetto State Armory', model: 'PA-15', calibre: '5.56 NATO', category: 'rifle' },
  { make: 'Century Arms', model: 'VSKA', calibre: '7.62x39mm', category: 'rifle' },
  { make: 'Smith & Wesson', model: 'M&P15 Sport II', calibre: '5.56 NATO', category: 'rifle' },
  { make: 'Barrett', model: 'M82A1', calibre: '.50 BMG', category: 'rifle' },
  { make: 'Zastava', model: 'PAP M70', calibre: '7.62x39mm', category: 'rifle' },
  { make: 'Glock', model: '19 Gen5', calibre: '9mm', category: 'pistol' },
  { make: 'Ruger', model: 'AR-556', calibre: '5.56 NATO', category: 'rifle' },
];

/** A batch of synthetic guns with consecutive serials "TRN-SMP-00nnnn", cycling through models. */
export function gunBatch(firstSerial: number, count: number, modelOffset = 0): GunSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    ...MODELS[(i + modelOffset) % MODELS.length]!,
    serial: `TRN-SMP-${String(firstSerial + i).padStart(6, '0')}`,
  }));
}

/** Guns bought by each crew; recovery cases pick from these by index. */
export const GUNS = {
  wisconsin: gunBatch(4201, 28, 0),
  alaska: gunBatch(5101, 20, 1),
  border: gunBatch(6301, 22, 2),
  phoenix: gunBatch(3801, 5, 3),
  apart: gunBatch(9701, 10, 4),
};

export const pick = (batch: GunSpec[], ...indexes: number[]): GunSpec[] => indexes.map((i) => batch[i]!);

export const DEALERS = {
  badgerSports: {
    name: 'Badger Sporting Goods',
    ffl: '9-86-101-01-1A-04211',
    street: '4410 Sample Industrial Drive',
    city: 'Milwaukee',
    state: 'WI',
    postcode: '53218',
  },
  lakeshoreArms: {
    name: 'Lakeshore Arms & Outfitters',
    ffl: '9-86-133-01-1A-04377',
    street: '88 Fictional Harbor Road',
    city: 'Waukesha',
    state: 'WI',
    postcode: '53186',
  },
  northernLights: {
    name: 'Northern Lights Firearms',
    ffl: '9-86-020-01-1A-05102',
    street: '3100 Sample Tundra Way',
    city: 'Anchorage',
    state: 'AK',
    postcode: '99503',
  },
  kenaiOutfitters: {
    name: 'Kenai Sample Outfitters',
    ffl: '9-86-122-01-1A-05188',
    street: '17 Placeholder Spur',
    city: 'Wasilla',
    state: 'AK',
    postcode: '99654',
  },
  sunCityGuns: {
    name: 'Sun City Guns & Range',
    ffl: '9-86-141-01-1A-06310',
    street: '9020 Example Mesa Boulevard',
    city: 'El Paso',
    state: 'TX',
    postcode: '79925',
  },
  riograndeTactical: {
    name: 'Rio Grande Tactical Supply',
    ffl: '9-86-141-01-1A-06345',
    street: '515 Synthetic Loop',
    city: 'El Paso',
    state: 'TX',
    postcode: '79936',
  },
  valleyPawn: {
    name: 'Valley Sample Pawn',
    ffl: '9-86-013-01-1A-03804',
    street: '2202 Demo Cactus Road',
    city: 'Phoenix',
    state: 'AZ',
    postcode: '85032',
  },
  creamCityPawn: {
    name: 'Cream City Sample Pawn',
    ffl: '9-86-079-02-1A-09733',
    street: '610 Fictional Brewer Avenue',
    city: 'Milwaukee',
    state: 'WI',
    postcode: '53204',
  },
  franklinPawn: {
    name: 'Franklin Mountain Sample Pawn',
    ffl: '9-86-141-02-1A-09790',
    street: '77 Placeholder Canyon Drive',
    city: 'El Paso',
    state: 'TX',
    postcode: '79912',
  },
} satisfies Record<string, DealerSpec>;

/** Phones that join cases. */
export const PHONES = {
  hernandez: '(555) 010-0142',
  quintero: '(555) 010-0155',
  brokerShared: '(555) 010-0177',
  mendoza: '(555) 010-0161',
  carrillo: '(555) 010-0188',
  rivasMx: '+52 (555) 010-0190',
  torres: '(555) 010-0133',
  ortega: '(555) 010-0126',
  voss: '(555) 010-0114',
};

/** The stash house in Tucson where the three crews' guns were consolidated. */
export const STASH_HOUSE = {
  street: '1208 Sample Street',
  city: 'Tucson',
  state: 'AZ',
  postcode: '85705',
};

/** The courier's pickup: the vehicle that joins the border seizure. */
export const COURIER_VEHICLE = {
  make: 'Ford',
  model: 'F-150',
  year: '2016',
  colour: 'white',
  vin: '1THORSMPL00000042',
  plate: 'SMP4271',
  plateState: 'AZ',
};

/** The Wisconsin broker's car. */
export const HERNANDEZ_CAR = {
  make: 'Chevrolet',
  model: 'Tahoe',
  year: '2014',
  colour: 'black',
  vin: '1THORSMPL00000017',
  plate: 'SMP-8810',
  plateState: 'WI',
};

/** Ground-truth cluster names of the people who recur across cases. */
export const WHO = {
  hernandez: 'person:hernandez-ruiz-jose-luis',
  quintero: 'person:quintero-salas-ramon-alberto',
  mendoza: 'person:mendoza-ibarra-francisco-javier',
  carrillo: 'person:carrillo-vega-luis-alfonso',
  rivas: 'person:rivas-cortes-armando',
  voss: 'person:voss-kayla-marie',
  torres: 'person:torres-medina-maria-guadalupe',
  ortega: 'person:ortega-ruiz-daniel',
  tapatios: 'organisation:celula-los-tapatios',
};
