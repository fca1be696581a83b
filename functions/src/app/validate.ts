import { describeFieldErrors, fieldErrors } from '@vp/shared';
import type { z } from 'zod';
import { AppError } from './errors';

/** Parses with a zod schema or fails with 400-worthy field errors. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error);
  throw new AppError('VALIDATION', `Ogiltiga uppgifter – ${describeFieldErrors(fields)}`, { fields });
}
