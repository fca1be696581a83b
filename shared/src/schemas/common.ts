import { z } from 'zod';

/** Ids are opaque strings: slugs in the demo data, UUIDs for items created through the API. */
export const Id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'Endast bokstäver a–z, siffror, punkt, bindestreck och understreck');

export const Year = z.number().int().min(2000).max(2100);

/** A short single-line text such as a title or name. */
export const ShortText = z.string().trim().min(1, 'Får inte vara tom').max(1_000, 'Högst 1 000 tecken');

/** A longer free text (several paragraphs). Empty is allowed. */
export const LongText = z.string().max(20_000, 'Högst 20 000 tecken');

/** A list of short lines, e.g. expected results or forums used. */
export const Lines = z.array(z.string().trim().min(1, 'Tomma rader är inte tillåtna').max(2_000, 'Högst 2 000 tecken per rad')).max(100, 'Högst 100 rader');

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
