import type { HttpRequest } from '@azure/functions';
import { Id, isCollection, Period, YearText, type Collection, type SkaScope } from '@vp/shared';
import { AppError } from '../app/errors';
import type { ScopeRef } from '../app/planScope';
import { skaScope } from '../app/ska/plan';

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
  const year = YearText.safeParse(req.params.year);
  if (!year.success) throw new AppError('VALIDATION', `Ogiltigt år "${req.params.year}"`, { fields: [{ field: 'year', message: 'Ange ett år med fyra siffror, t.ex. 2021' }] });
  return year.data;
}

/** Route parameters that are ids; every one follows the Id pattern. */
export type IdParam = 'unitId' | 'forvaltningId' | 'itemId' | 'summaryId' | 'versionId' | 'postId' | 'meetingId' | 'noteId' | 'flagId' | 'agendaItemId' | 'rowId' | 'assessmentId' | 'areaId';

/** An id from the route, refused (400 naming the parameter) unless it follows the one Id pattern. */
export function idParam(req: HttpRequest, name: IdParam): string {
  return validId(name, req.params[name]);
}

/** An optional id from the query (?forvaltningId=…), refused like idParam when present. */
export function idQuery(req: HttpRequest, name: 'unitId' | 'forvaltningId' | 'itemId'): string | undefined {
  const value = req.query.get(name);
  return value === null ? undefined : validId(name, value);
}

function validId(name: string, value: string | undefined): string {
  const id = Id.safeParse(value);
  // Id trims a body's field; an id in the address must already be exact (" hag" is not "hag").
  if (!id.success || id.data !== value) {
    const message = id.error?.issues[0]?.message ?? 'Inga mellanslag före eller efter id:t';
    throw new AppError('VALIDATION', `Ogiltigt id i ${name}: "${value ?? ''}" – ${message}`, { fields: [{ field: name, message }] });
  }
  return id.data;
}

export function collectionParam(req: HttpRequest): Collection {
  const name = req.params.collection ?? '';
  if (!isCollection(name)) throw new AppError('NOT_FOUND', `Okänd samling "${name}" (goals, indicators, activities, sections)`);
  return name;
}

/** /units/{unitId}/plans/{year}/… addresses a unit's plan; /forvaltningar/{forvaltningId}/plans/{year}/… the förvaltning's. */
export function scopeParam(req: HttpRequest): ScopeRef {
  const year = yearParam(req);
  return req.params.unitId !== undefined ? { unitId: idParam(req, 'unitId'), year } : { forvaltningId: idParam(req, 'forvaltningId'), year };
}

export function periodParam(req: HttpRequest): Period {
  const period = Period.safeParse(req.params.period ?? req.query.get('period'));
  if (!period.success) throw new AppError('VALIDATION', 'Ange period T1, T2 eller VB', { fields: [{ field: 'period', message: 'Ange T1, T2 eller VB' }] });
  return period.data;
}

/** ?year=YYYY for förvaltning-level reads */
export function yearQuery(req: HttpRequest): number {
  const year = YearText.safeParse(req.query.get('year'));
  if (!year.success) throw new AppError('VALIDATION', 'Ange år med fyra siffror, t.ex. ?year=2021', { fields: [{ field: 'year', message: 'Ange ett år med fyra siffror, t.ex. 2021' }] });
  return year.data;
}

/**
 * The Idempotency-Key header of a step (POST …/approval): required, an id like every other (a UUID
 * fits), so that the same request sent again is recognised and answered without a second step.
 */
export function idempotencyKey(req: HttpRequest): string {
  const value = req.headers.get('idempotency-key');
  if (value === null || value.trim() === '') {
    const message = 'Skicka med en unik nyckel per steg (till exempel ett UUID), så att ett upprepat anrop inte tar steget två gånger';
    throw new AppError('VALIDATION', `Idempotency-Key saknas: ${message.toLowerCase()}`, { fields: [{ field: 'Idempotency-Key', message }] });
  }
  const key = Id.safeParse(value);
  if (!key.success || key.data !== value) {
    const message = key.error?.issues[0]?.message ?? 'Inga mellanslag före eller efter nyckeln';
    throw new AppError('VALIDATION', `Ogiltig Idempotency-Key "${value.slice(0, 120)}" – ${message}`, { fields: [{ field: 'Idempotency-Key', message }] });
  }
  return key.data;
}

/** /forvaltningar/{forvaltningId}/ska/{scope}/{year}/…: whose plan for systematic quality work, and which läsår. */
export function skaParams(req: HttpRequest): { forvaltningId: string; scope: SkaScope; year: number } {
  const forvaltningId = idParam(req, 'forvaltningId');
  const year = yearParam(req);
  return { forvaltningId, scope: skaScope(req.params.scope), year };
}

/** /units/{unitId}/ska/{scope}/{year}: whose own self-assessment, for which plan and läsår. */
export function unitSkaParams(req: HttpRequest): { unitId: string; scope: SkaScope; year: number } {
  const unitId = idParam(req, 'unitId');
  const year = yearParam(req);
  return { unitId, scope: skaScope(req.params.scope), year };
}
