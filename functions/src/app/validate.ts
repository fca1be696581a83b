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

/** Plan items stay within one SharePoint text column (63 999 characters), so reading a plan never needs a file request. */
export const maxItemJsonLength = 60_000;

export function assertStorableSize(item: object): void {
  const length = JSON.stringify(item).length;
  if (length > maxItemJsonLength) {
    throw new AppError('VALIDATION', `Posten är för stor att spara (${length} tecken, högst ${maxItemJsonLength}); korta de längsta texterna`);
  }
}
