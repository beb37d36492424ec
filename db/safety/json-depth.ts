// Free-form JSON from outside files (a record's source, a case's origin, evidence) is
// kept as given, but not nested without end: writing a value nested 100,000 deep back
// out (JSON.stringify) overflows the stack. The depth is measured without recursion.
import { z } from 'zod';

export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a parsed JSON value (a scalar is 0), counting no further than limit + 1. */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > deepest) deepest = d + 1;
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

/** A zod check for such a value: refused, with its path, when nested deeper than the limit. */
export const boundedDepth = (limit = MAX_JSON_DEPTH) =>
  z.unknown().superRefine((v, ctx) => {
    if (jsonDepth(v, limit) > limit)
      ctx.addIssue({ code: 'custom', message: `nested more than ${limit} levels deep` });
  });
