import { z } from 'zod';

/**
 * Ids are opaque strings: slugs in the demo data, UUIDs for items created through the API. Every id
 * in a body, a route or a query follows this one pattern. It can never be the SharePoint store's
 * "no unit" sentinel "(none)" (no parentheses), so no caller can name what null is stored as.
 */
export const Id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'Endast bokstäver a–z, siffror, punkt, bindestreck och understreck');

export const Year = z.number().int().min(2000).max(2100);

/** A year as written in a route or a query: exactly four digits ("0x7E5" and " 2021" are not 2021). */
export const YearText = z.string().regex(/^[0-9]{4}$/, 'Ange året med fyra siffror, t.ex. 2021').transform(Number).pipe(Year);

// Control characters other than tab and line feed (the tab's text areas send "\n" only: the HTML
// value of a textarea normalises line breaks), and UTF-16 halves without their other half.
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What shows nothing on its own: white space, format characters (zero-width space, ZWNJ, ZWJ, BOM, soft hyphen, word joiner, direction marks …) and blank fillers. */
const invisible = /[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Text a person typed: no control characters but tab and line feed, no broken characters. */
export const PlainText = z.string().superRefine((text, ctx) => {
  const control = controlCharacter.exec(text);
  if (control) ctx.addIssue({ code: 'custom', message: `Otillåtet styrtecken (${codePoint(control[0])}) på plats ${control.index + 1}` });
  if (loneSurrogate.test(text)) ctx.addIssue({ code: 'custom', message: 'Texten innehåller ett trasigt tecken (ensamt surrogat); skriv in den igen' });
});

/** Something shows when the text is displayed: not only spaces and invisible characters. */
export const hasVisibleText = (text: string) => text.replace(invisible, '') !== '';

/** A short single-line text such as a title or name. */
export const ShortText = z
  .string()
  .trim()
  .min(1, 'Får inte vara tom')
  .max(1_000, 'Högst 1 000 tecken')
  .pipe(PlainText)
  .refine(hasVisibleText, 'Får inte vara tom (bara osynliga tecken)');

/** A longer free text (several paragraphs). Empty is allowed. */
export const LongText = z.string().max(20_000, 'Högst 20 000 tecken').pipe(PlainText);

/** A list of short lines, e.g. expected results or forums used. */
export const Lines = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'Tomma rader är inte tillåtna')
      .max(2_000, 'Högst 2 000 tecken per rad')
      .pipe(PlainText)
      .refine(hasVisibleText, 'Tomma rader är inte tillåtna (bara osynliga tecken)'),
  )
  .max(100, 'Högst 100 rader');

export const IsoDate = z.iso.date('Ange ett datum som ÅÅÅÅ-MM-DD');

/**
 * Fields every plan node carries. Förvaltning-owned nodes have unitId null and are inherited
 * read-only by every unit of the förvaltning; unit-owned nodes have the unit's id.
 * forvaltningId, unitId and year are the indexed columns every query filters on.
 */
export const nodeFields = {
  id: Id,
  forvaltningId: Id,
  unitId: Id.nullable(),
  year: Year,
  parentId: Id.nullable(),
  order: z.number().int().min(0).max(100_000),
};

export type Owner = 'forvaltning' | 'unit';

export function ownerOf(node: { unitId: string | null }): Owner {
  return node.unitId === null ? 'forvaltning' : 'unit';
}
