// Zod issues as the analyst reads them: "where: what is wrong".
import type { z } from 'zod';

export interface InputIssue {
  field: string;
  message: string;
}

/**
 * Each issue with its path. A union that failed (a spec object or a saved spec's name)
 * is reported by the branch the value had the shape of, not as a bare "Invalid input".
 */
export function inputIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): InputIssue[] {
  return issues.flatMap((i) => {
    const path = [...prefix, ...i.path];
    if (i.code === 'invalid_union' && i.errors.length) {
      const shaped = i.errors.find(
        (branch) => !branch.some((b) => b.code === 'invalid_type' && !b.path.length),
      );
      if (shaped) return inputIssues(shaped, path);
    }
    return [{ field: path.map(String).join('.') || '(input)', message: i.message }];
  });
}
