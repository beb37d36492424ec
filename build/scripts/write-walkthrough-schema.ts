// Writes walkthrough.schema.json (the walkthrough format as JSON Schema, for a trainer's
// editor) from the contract's zod schema: `npx tsx build/scripts/write-walkthrough-schema.ts`.
// A unit test fails when the committed file and the schema drift apart.
import fs from 'node:fs';
import { z } from 'zod';
import { walkthroughSchema } from '../../shared/contract/walkthrough';

export const SCHEMA_FILE = new URL('../../renderer/src/training/walkthrough.schema.json', import.meta.url);

export function walkthroughJsonSchema(): string {
  const schema = z.toJSONSchema(walkthroughSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Thorline walkthrough' }, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  fs.writeFileSync(SCHEMA_FILE, walkthroughJsonSchema());
  console.log(`wrote ${SCHEMA_FILE.pathname}`);
}
