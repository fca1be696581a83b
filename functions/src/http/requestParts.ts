import type { HttpRequest } from '@azure/functions';
import { isCollection, Period, Year, type Collection } from '@vp/shared';
import { AppError } from '../app/errors';
import type { ScopeRef } from '../app/planScope';

export const maxBodyBytes = 256 * 1024;

/** The request body as JSON; malformed, empty or oversized bodies are refused with a clear message. */
export async function readJson(req: HttpRequest): Promise<unknown> {
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > maxBodyBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Begäran är för stor (högst ${maxBodyBytes / 1024} kB)`);
  }
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') throw new AppError('VALIDATION', 'Begäran saknar innehåll (JSON förväntades)');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('VALIDATION', `Ogiltig JSON: ${(e as Error).message}`);
  }
}

export function yearParam(req: HttpRequest): number {
  const year = Year.safeParse(Number(req.params.year));
  if (!year.success) throw new AppError('VALIDATION', `Ogiltigt år "${req.params.year}"`, { fields: [{ field: 'year', message: 'Ange ett år, t.ex. 2021' }] });
  return year.data;
}

export function collectionParam(req: HttpRequest): Collection {
  const name = req.params.collection ?? '';
  if (!isCollection(name)) throw new AppError('NOT_FOUND', `Okänd samling "${name}" (goals, indicators, activities, sections)`);
  return name;
}

/** /units/{unitId}/plans/{year}/… addresses a unit's plan; /forvaltningar/{forvaltningId}/plans/{year}/… the förvaltning's. */
export function scopeParam(req: HttpRequest): ScopeRef {
  const year = yearParam(req);
  return req.params.unitId ? { unitId: req.params.unitId, year } : { forvaltningId: req.params.forvaltningId!, year };
}

export function periodParam(req: HttpRequest): Period {
  const period = Period.safeParse(req.params.period ?? req.query.get('period'));
  if (!period.success) throw new AppError('VALIDATION', 'Ange period T1, T2 eller VB', { fields: [{ field: 'period', message: 'Ange T1, T2 eller VB' }] });
  return period.data;
}

/** ?year=YYYY for förvaltning-level reads */
export function yearQuery(req: HttpRequest): number {
  const year = Year.safeParse(Number(req.query.get('year')));
  if (!year.success) throw new AppError('VALIDATION', 'Ange år, t.ex. ?year=2021', { fields: [{ field: 'year', message: 'Ange ett år, t.ex. 2021' }] });
  return year.data;
}
