import * as z from 'zod/mini';
import { parseFinapiTimestamp } from '../parseFinapiTimestamp.ts';
import { satisfies } from './satisfies.ts';

export { parseFinapiTimestamp } from '../parseFinapiTimestamp.ts';

/** A timestamp as finAPI writes it; kept as the original string. */
export const TimestampSchema = z
  .string()
  .check(
    satisfies(
      (value) => !Number.isNaN(parseFinapiTimestamp(value)),
      'must be a timestamp like 2021-03-09T08:36:15.000+0000',
    ),
  );
