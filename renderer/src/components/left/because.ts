// Why two cases share an entity, in words: the identifier they share, an accepted match,
// a merge by hand, or records linked through others.
import type { ConnectionEvidence } from '../../../../shared/contract/model';

const IDENTIFIER_LABELS: Record<string, string> = {
  serial: 'serial number',
  phone: 'phone number',
  vin: 'VIN',
  plate: 'plate',
  ffl: 'dealer licence',
  address: 'address',
  account: 'bank account',
};

export function because(ev: ConnectionEvidence): string {
  if (ev.reason === 'identifier' && ev.identifierKind) {
    return `same ${IDENTIFIER_LABELS[ev.identifierKind] ?? ev.identifierKind}: ${ev.identifierValue ?? ''}`;
  }
  if (ev.reason === 'match') return 'accepted match';
  if (ev.reason === 'manual') return 'merged by hand';
  return 'linked through other records';
}
