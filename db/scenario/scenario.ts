// The training scenario as data: every case in the order it is written.
import type { CaseSpec } from './builder';
import { alaskaStateTroopers, atfAnchorage } from './cases-alaska';
import { elPasoPolice, milwaukeePolice } from './cases-apart';
import { atfPhoenix, cbpNogales, hsiTucson, newMexicoStatePolice } from './cases-arizona';
import { fgrJalisco, fgrSonora } from './cases-mexico';
import { deaElPaso, texasDps } from './cases-texas';
import { atfMilwaukee, wisconsinStatePatrol } from './cases-wisconsin';

export function scenarioCases(): CaseSpec[] {
  return [
    atfPhoenix(),
    elPasoPolice(),
    atfMilwaukee(),
    atfAnchorage(),
    alaskaStateTroopers(),
    wisconsinStatePatrol(),
    hsiTucson(),
    deaElPaso(),
    fgrJalisco(),
    newMexicoStatePolice(),
    cbpNogales(),
    fgrSonora(),
    texasDps(),
    milwaukeePolice(),
  ];
}
