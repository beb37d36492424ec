// Word lists for generated records. Names are common Spanish and English given names
// and surnames (no real person is meant); streets, dealers and banks are synthetic.
// prettier-ignore
export const MALE_NAMES_ES = [
  'José', 'Juan', 'Luis', 'Francisco', 'Jesús', 'Roberto', 'Alejandro', 'Eduardo', 'Manuel', 'Antonio',
  'Ricardo', 'Miguel', 'Carlos', 'Pedro', 'Daniel', 'Javier', 'Fernando', 'Ramón', 'Armando', 'Jorge',
  'Andrés', 'Sergio', 'Raúl', 'Héctor', 'Óscar', 'Rubén',
];
// prettier-ignore
export const MALE_NAMES_EN = ['Tyler', 'Dustin', 'Marcus', 'Kevin', 'Cody', 'Brandon', 'Justin', 'Travis', 'Kyle', 'Derek'];
// prettier-ignore
export const FEMALE_NAMES_ES = [
  'María', 'Guadalupe', 'Ana', 'Rosa', 'Verónica', 'Patricia', 'Teresa', 'Margarita', 'Isabel', 'Leticia',
  'Beatriz', 'Sofía', 'Mónica',
];
// prettier-ignore
export const FEMALE_NAMES_EN = ['Kayla', 'Brianna', 'Ashley', 'Shayla', 'Amber', 'Courtney', 'Megan'];
// prettier-ignore
export const SURNAMES_ES = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez',
  'Flores', 'Gómez', 'Díaz', 'Vázquez', 'Jiménez', 'Núñez', 'Peña', 'Ibáñez', 'Ruiz', 'Mendoza',
  'Quintero', 'Salas', 'Carrillo', 'Vega', 'Rivas', 'Cortés', 'Torres', 'Medina', 'Ortega', 'Castillo',
  'Morales', 'Herrera', 'Aguilar', 'Chávez', 'Domínguez', 'Gutiérrez', 'Muñoz', 'Rojas', 'Salazar',
  'Valdivia', 'Zúñiga', 'Alvarado',
];
// prettier-ignore
export const SURNAMES_EN = ['Brandt', 'Voss', 'Whitfield', 'Kowalczyk', 'Akers', 'Pruitt', 'Olin', 'Oakley', 'Nielsen', 'Schultz', 'Miller'];
/**
 * Short forms used in some records, written for the generator from common usage and kept
 * apart from the matcher's own table on purpose: some of these the matcher does not know
 * (Chepo, Juancho, Micky, Toñito, Pati), so the benchmark measures what it misses too.
 */
export const NICKNAMES: Record<string, string[]> = {
  José: ['Joe', 'Pepe', 'Chepo'],
  Juan: ['John', 'Juancho'],
  Francisco: ['Frank', 'Pancho', 'Paco'],
  Jesús: ['Chuy', 'Chucho'],
  Roberto: ['Robert', 'Beto', 'Robbie'],
  Alejandro: ['Alex', 'Jando'],
  Eduardo: ['Lalo', 'Eddie'],
  Manuel: ['Manny', 'Manolo'],
  Antonio: ['Tony', 'Toñito'],
  Ricardo: ['Rick', 'Ricky'],
  Miguel: ['Mike', 'Micky'],
  Carlos: ['Charlie', 'Carlitos'],
  Daniel: ['Danny'],
  Guadalupe: ['Lupita', 'Lupe'],
  María: ['Mary', 'Mari'],
  Teresa: ['Tere'],
  Patricia: ['Patty', 'Pati'],
  Isabel: ['Chabela'],
  Margarita: ['Maggie', 'Margie'],
};
/**
 * Spellings heard rather than read (a clerk writing down a spoken name): pairs of letter
 * groups the generator swaps, one per record. Its own table, not the matcher's phonetics.
 */
export const RESPELLINGS: [string, string][] = [
  ['z', 's'],
  ['s', 'z'],
  ['v', 'b'],
  ['b', 'v'],
  ['ll', 'y'],
  ['y', 'ie'],
  ['ce', 'se'],
  ['ci', 'si'],
  ['qu', 'k'],
  ['ck', 'k'],
  ['ph', 'f'],
  ['th', 't'],
  ['x', 'j'],
  ['ñ', 'n'],
  ['h', ''],
];
/** Organisation names are composed from these words (no numbers: the matcher has a rule for those). */
export const ORG_PREFIXES = ['Los', 'Los', 'El Grupo', 'Célula'];
// prettier-ignore
export const ORG_QUALIFIERS = [
  'Rojos', 'Negros', 'Blancos', 'Nuevos', 'Viejos', 'Bravos', 'Finos', 'Locos', 'Chicos', 'Grandes',
  'Reales', 'Unidos', 'Leales', 'Verdes', 'Azules', 'Dorados', 'Plateados', 'Salvajes', 'Errantes', 'Eternos',
];
// prettier-ignore
export const ORG_WORDS = [
  'Halcones', 'Serranos', 'Tapatíos', 'Güeros', 'Primos', 'Compadres', 'Norteños', 'Costeños', 'Lobos',
  'Coyotes', 'Alacranes', 'Zorros', 'Pumas', 'Cuervos', 'Gavilanes', 'Venados', 'Toros', 'Chapulines',
  'Búhos', 'Tiburones', 'Ficticios', 'Ejemplares',
];
// prettier-ignore
export const ORG_PLACES = [
  'del Norte', 'del Sur', 'de la Sierra', 'de la Costa', 'del Valle', 'de Sonora', 'de Sinaloa', 'del Bajío',
  'de la Frontera', 'del Desierto', 'de la Laguna', 'del Puerto', 'de Arriba', 'de Abajo', 'del Llano',
  'de la Muestra', 'del Ejemplo', 'de las Lomas', 'del Río', 'de los Altos',
];
export const ALIASES = [
  'El Flaco',
  'El Güero',
  'Beto',
  'El Contador',
  'La Güera',
  'El Chino',
  'El Gordo',
  'Chuy',
  'El Primo',
  'La Flaca',
];
export const ROLES = [
  'straw purchaser',
  'straw purchaser',
  'straw purchaser',
  'broker',
  'courier',
  'buyer',
  'associate',
  'witness',
];

export const STREET_WORDS = [
  'Sample',
  'Example',
  'Placeholder',
  'Fictional',
  'Demo',
  'Synthetic',
  'Mock',
  'Specimen',
  'Sample Oak',
  'Example Cedar',
  'Demo Pine',
  'Fictional Elm',
  'Sample Mesa',
  'Example Sage',
  'Placeholder Birch',
  'Mock Willow',
  'Sample Ridge',
  'Demo Canyon',
  'Synthetic Harbor',
  'Example Prairie',
];
export const STREET_TYPES: [string, string][] = [
  ['Street', 'St'],
  ['Avenue', 'Ave'],
  ['Road', 'Rd'],
  ['Drive', 'Dr'],
  ['Lane', 'Ln'],
  ['Court', 'Ct'],
  ['Boulevard', 'Blvd'],
  ['Place', 'Pl'],
  ['Terrace', 'Ter'],
  ['Trail', 'Trl'],
];
/** Real cities with plausible postcodes; the streets in them are fictional. */
export const PLACES: { city: string; state: string; postcode: string; country: string }[] = [
  { city: 'Milwaukee', state: 'WI', postcode: '53208', country: 'US' },
  { city: 'Waukesha', state: 'WI', postcode: '53186', country: 'US' },
  { city: 'Anchorage', state: 'AK', postcode: '99504', country: 'US' },
  { city: 'Wasilla', state: 'AK', postcode: '99654', country: 'US' },
  { city: 'Tucson', state: 'AZ', postcode: '85705', country: 'US' },
  { city: 'Phoenix', state: 'AZ', postcode: '85033', country: 'US' },
  { city: 'Nogales', state: 'AZ', postcode: '85621', country: 'US' },
  { city: 'El Paso', state: 'TX', postcode: '79924', country: 'US' },
  { city: 'Laredo', state: 'TX', postcode: '78041', country: 'US' },
  { city: 'Houston', state: 'TX', postcode: '77036', country: 'US' },
  { city: 'Las Cruces', state: 'NM', postcode: '88001', country: 'US' },
  { city: 'Albuquerque', state: 'NM', postcode: '87105', country: 'US' },
  { city: 'San Diego', state: 'CA', postcode: '92113', country: 'US' },
  { city: 'Chicago', state: 'IL', postcode: '60623', country: 'US' },
  { city: 'Zapopan', state: 'Jalisco', postcode: '45100', country: 'MX' },
  { city: 'Hermosillo', state: 'Sonora', postcode: '83000', country: 'MX' },
];
export const AGENCIES: { agency: string; jurisdiction: string }[] = [
  { agency: 'ATF Milwaukee Field Office', jurisdiction: 'Wisconsin' },
  { agency: 'ATF Anchorage Field Office', jurisdiction: 'Alaska' },
  { agency: 'ATF Phoenix Field Division', jurisdiction: 'Arizona' },
  { agency: 'HSI Tucson', jurisdiction: 'Arizona' },
  { agency: 'CBP Nogales Port of Entry', jurisdiction: 'Arizona' },
  { agency: 'DEA El Paso Division', jurisdiction: 'Texas' },
  { agency: 'Texas DPS Criminal Investigations Division', jurisdiction: 'Texas' },
  { agency: 'New Mexico State Police', jurisdiction: 'New Mexico' },
  { agency: 'ATF Houston Field Division', jurisdiction: 'Texas' },
  { agency: 'ATF Chicago Field Division', jurisdiction: 'Illinois' },
  { agency: 'HSI San Diego', jurisdiction: 'California' },
  { agency: 'FGR (liaison via ATF Mexico City)', jurisdiction: 'Mexico' },
];
export const CASE_THEMES = [
  'Multiple-sale report',
  'Straw purchasing crew',
  'Traffic stop with rifles',
  'Parcel interdiction',
  'Southbound seizure',
  'Trace of recovered firearms',
  'Stash house surveillance',
  'Wire intercept',
];
export const DEALER_WORDS = ['Sample', 'Example', 'Demo', 'Placeholder', 'Fictional', 'Specimen'];
export const DEALER_KINDS = [
  'Sporting Goods',
  'Arms & Outfitters',
  'Guns & Range',
  'Tactical Supply',
  'Pawn',
  'Firearms',
];
export const BANKS = [
  'Sample Community Credit Union',
  'Banco Ficticio del Norte',
  'Example National Bank',
  'Demo Savings',
];
export const GUN_MODELS = [
  { make: 'FN Herstal', short: 'FN', model: 'Five-seveN MK3', calibre: '5.7x28mm', category: 'pistol' },
  { make: 'Palmetto State Armory', short: 'PSA', model: 'PA-15', calibre: '5.56 NATO', category: 'rifle' },
  { make: 'Century Arms', short: 'Century', model: 'VSKA', calibre: '7.62x39mm', category: 'rifle' },
  { make: 'Smith & Wesson', short: 'S&W', model: 'M&P15 Sport II', calibre: '5.56 NATO', category: 'rifle' },
  { make: 'Barrett', short: 'Barrett', model: 'M82A1', calibre: '.50 BMG', category: 'rifle' },
  { make: 'Zastava', short: 'Zastava', model: 'PAP M70', calibre: '7.62x39mm', category: 'rifle' },
  { make: 'Glock', short: 'Glock', model: '19 Gen5', calibre: '9mm', category: 'pistol' },
  { make: 'Ruger', short: 'Ruger', model: 'AR-556', calibre: '5.56 NATO', category: 'rifle' },
];
export const VEHICLE_MODELS = [
  ['Ford', 'F-150'],
  ['Chevrolet', 'Tahoe'],
  ['Nissan', 'Altima'],
  ['Dodge', 'Ram 2500'],
  ['Toyota', 'Tacoma'],
  ['Honda', 'Civic'],
  ['Jeep', 'Grand Cherokee'],
  ['GMC', 'Sierra'],
] as const;
export const COLOURS = ['white', 'black', 'grey', 'silver', 'red', 'blue'];
export const PORTS = [
  'Nogales DeConcini',
  'Nogales Mariposa',
  'El Paso Ysleta',
  'Laredo World Trade Bridge',
  'San Ysidro',
];
export const CARRIERS = ['Sample Freight Air', 'Example Parcel', 'Demo Express'];
