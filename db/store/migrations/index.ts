// Numbered migrations keyed on PRAGMA user_version. Append only: never edit a shipped one.
import { migration001 } from './001-initial';
import { migration002 } from './002-matching';
import { migration003 } from './003-exchange';
import { migration004CaseWork } from './004-case-work';
import { migration005HistoryGrading } from './005-history-grading';
import { migrationSavedCharts } from './006-saved-charts';
import { migrationMapPlaces } from './007-map-places';
import { migrationCasePairs } from './008-case-pairs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial', sql: migration001 },
  { version: 2, name: 'matching', sql: migration002 },
  { version: 3, name: 'exchange', sql: migration003 },
  { version: 4, name: 'case work', sql: migration004CaseWork },
  { version: 5, name: 'history and grading', sql: migration005HistoryGrading },
  { version: 6, name: 'saved charts', sql: migrationSavedCharts },
  { version: 7, name: 'map places', sql: migrationMapPlaces },
  { version: 8, name: 'case pairs', sql: migrationCasePairs },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
