// Labels of imported records: from the spec's template or column, else a sensible
// default per entity type built from the record's fields.
import type { EntityType } from '../../shared/domain/entity-types';

/** The parts that say something (not blank), joined by sep. A loop: labels are made per row. */
function join(sep: string, ...parts: (string | undefined)[]): string {
  let out = '';
  for (const p of parts) if (p && p.trim()) out = out ? `${out}${sep}${p}` : p;
  return out;
}

const DEFAULTS: Record<EntityType, (f: Record<string, string>) => string> = {
  person: (f) => join(' ', f.name || join(' ', f.givenName, f.surname), f.alias ? `"${f.alias}"` : ''),
  organisation: (f) => join(' ', f.name),
  dealer: (f) => join(' ', f.name) || join(' ', 'FFL', f.ffl),
  phone: (f) => join(' ', f.number),
  address: (f) => join(', ', f.street, f.city, f.state, f.postcode),
  firearm: (f) => join(' ', f.make, f.model, f.serial ? `SN ${f.serial}` : ''),
  vehicle: (f) =>
    join(' ', f.year, f.colour, f.make, f.model, f.plate ? `plate ${f.plate}` : f.vin ? `VIN ${f.vin}` : ''),
  account: (f) => join(' ', f.bank, f.accountNumber),
  purchase: (f) => join(' ', 'Purchase', f.date, f.form4473 ? `(4473 ${f.form4473})` : ''),
  shipment: (f) => join(' ', 'Shipment', f.tracking, f.date),
  crossing: (f) => join(' ', 'Crossing', f.port, f.direction, f.date),
  recovery: (f) => join(' ', 'Recovery', f.place, f.date),
  stop: (f) => join(' ', 'Traffic stop', f.place, f.date),
};

export function fillTemplate(template: string, fields: Record<string, string>): string {
  return template
    .replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => (Object.hasOwn(fields, name) ? fields[name]! : ''))
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function defaultLabel(type: EntityType, fields: Record<string, string>): string {
  const label = DEFAULTS[type](fields).trim();
  if (label && label !== 'Purchase' && label !== 'Shipment' && label !== 'Crossing' && label !== 'Recovery')
    return label;
  return Object.values(fields).find((v) => v.trim()) ?? type;
}
