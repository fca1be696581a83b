import { z } from 'zod';

// Validation messages in Swedish, the users' working language.
z.config(z.locales.sv());

import type { FieldError } from './schemas/responses';

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    // strict objects report unknown keys once for the object: name each key as its own field.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...base, key].join('.'), message: `Okänt fält "${key}"` }));
    }
    return [{ field: base.join('.'), message: issue.message }];
  });
}

/** One line a person can read: "title: För kort …; end: Slutdatum kan inte vara före startdatum". */
export function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
}
