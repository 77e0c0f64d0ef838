import { formatIssues } from '@webform-kit/core';
import type * as z from 'zod/mini';

/**
 * zod issues as finAPI's `InvalidFieldError`s: `{field: 'orders[0].amount.value', message}`.
 * An issue with the whole body is reported for the field `body`.
 */
export function fieldErrorsOf(
  issues: readonly z.core.$ZodIssue[],
): { field: string; message: string }[] {
  // formatIssues writes `path: message`; a path never contains ': '.
  return formatIssues(issues).map((line) => {
    const at = line.indexOf(': ');
    const field = line.slice(0, at);
    return { field: field === '(root)' ? 'body' : field, message: line.slice(at + 2) };
  });
}
