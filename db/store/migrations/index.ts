// Numbered migrations keyed on PRAGMA user_version. Append only: never edit a shipped one.
import { migration001 } from './001-initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [{ version: 1, name: 'initial', sql: migration001 }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
