import type * as z from 'zod/mini';

function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const n = small ? issue.minimum : issue.maximum;
      const bound = issue.exact ? 'exactly' : small ? 'at least' : 'at most';
      // Lengths are counted in characters or items; without a unit "at least 1" reads like a
      // number.
      const unit =
        issue.origin === 'string'
          ? 'character'
          : issue.origin === 'array' || issue.origin === 'set'
            ? 'item'
            : '';
      if (unit) return `must have ${bound} ${n} ${unit}${n === 1 ? '' : 's'}`;
      // z.positive() is an exclusive bound: "at least 0" would wrongly admit 0.
      return issue.inclusive === false
        ? `must be ${small ? 'greater' : 'less'} than ${n}`
        : `must be ${bound} ${n}`;
    }
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unexpected keys ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

/**
 * Readable lines for zod issues, one per issue: `payload.bankConnectionId: expected int`.
 * zod/mini ships no English messages (that is part of why it is small), so the kit writes its own
 * from the structured issue; custom checks keep their own message.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const detail =
      issue.code === 'custom' || (issue.message && issue.message !== 'Invalid input')
        ? issue.message
        : describe(issue);
    return `${pathOf(issue.path)}: ${detail}`;
  });
}
