import { z } from 'zod';

/**
 * The most characters a text schema accepts, read from its .max() through pipes, defaults, optional
 * and nullable wrappers, so a form can show how close a text is to the limit the API enforces. Null
 * for a schema without a limit, or one that is no text (a list of lines has a limit per line).
 */
export function maxLengthOf(schema: z.ZodType): number | null {
  if (schema instanceof z.ZodString) return schema.maxLength;
  if (schema instanceof z.ZodPipe) return maxLengthOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return maxLengthOf(schema.unwrap() as z.ZodType);
  return null;
}
