// The format of a guided walkthrough: data, not code, so a trainer can write one for another
// scenario. Each step says what to do, which control to use (highlighted), and how the
// workbench can tell it was done — checked against the workbench's own state, never timed.
// WALKTHROUGH-FORMAT.md (renderer/src/training/) documents it; walkthrough.schema.json is
// this schema as JSON Schema for editors.
import { z } from 'zod';
import { ENTITY_TYPES } from '../domain/entity-types';
import { MEASURES } from './analysis-model';

/** Compared case-insensitively as a part of the text ("010-0177" matches "(555) 010-0177"). */
const textPart = z.string().trim().min(1).max(200);
const endpoint = z.strictObject({ type: z.enum(ENTITY_TYPES).optional(), label: textPart.optional() });

export const stepCheckSchema = z.discriminatedUnion('kind', [
  /** Nothing to check: the trainee reads and presses Next. */
  z.strictObject({ kind: z.literal('read') }),
  z.strictObject({ kind: z.literal('view'), view: z.string().min(1).max(40) }),
  z.strictObject({ kind: z.literal('leftTab'), tab: z.enum(['cases', 'connections', 'analysis']) }),
  z.strictObject({
    kind: z.literal('casesSelected'),
    min: z.number().int().min(1).max(1000).default(1),
    /** Every selected case belongs to one agency. */
    sameAgency: z.boolean().default(false),
    agency: textPart.optional(),
  }),
  z.strictObject({
    kind: z.literal('entitySelected'),
    type: z.enum(ENTITY_TYPES).optional(),
    label: textPart.optional(),
  }),
  /** Matching has suggested at least this many matches. */
  z.strictObject({ kind: z.literal('matchesFound'), min: z.number().int().min(1).default(1) }),
  z.strictObject({
    kind: z.literal('matchDecided'),
    decision: z.enum(['accepted', 'rejected', 'unsure']),
    /** Part of either record's label. */
    label: textPart.optional(),
    /** Part of either record's case number. */
    caseNumber: textPart.optional(),
  }),
  z.strictObject({ kind: z.literal('pathShown'), from: endpoint.optional(), to: endpoint.optional() }),
  z.strictObject({ kind: z.literal('sizedBy'), measure: z.enum(MEASURES) }),
  /** A file was saved (exported) since the step began; optionally of this extension. */
  z.strictObject({
    kind: z.literal('fileSaved'),
    extension: z
      .string()
      .regex(/^[a-z0-9]{1,8}$/)
      .optional(),
  }),
]);

export const walkthroughStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'lower-case letters, digits and hyphens'),
  title: z.string().trim().min(1).max(80),
  /** Plain text; a blank line starts a new paragraph. */
  text: z.string().trim().min(1).max(1500),
  /** data-testid of the control to highlight, e.g. "tab-connections". */
  target: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,80}$/)
    .optional(),
  check: stepCheckSchema,
});

export const walkthroughSchema = z
  .strictObject({
    format: z.literal('thorline-walkthrough/1'),
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    title: z.string().trim().min(1).max(120),
    description: z.string().trim().max(600),
    /** The workspace it is written for: "training" runs in the training workspace. */
    workspace: z.literal('training'),
    steps: z.array(walkthroughStepSchema).min(1).max(40),
  })
  .superRefine((w, ctx) => {
    const seen = new Set<string>();
    w.steps.forEach((s, i) => {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `"${s.id}" is used twice` });
      seen.add(s.id);
    });
  });

export type StepCheck = z.infer<typeof stepCheckSchema>;
export type WalkthroughStep = z.infer<typeof walkthroughStepSchema>;
export type Walkthrough = z.infer<typeof walkthroughSchema>;
