import type * as z from 'zod/mini';
import { formatIssues } from '@webform-kit/core';

/** What a developer reads when `value` fails `schema`: core's formatted issues (none if it parses). */
export function issuesOf(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : formatIssues(result.error.issues);
}
