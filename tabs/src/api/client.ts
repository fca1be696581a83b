import type { Caller, Collection, FieldError, Forvaltning, Plan, PlanTree, Stored, Unit, collections } from '@vp/shared';
import type { z } from 'zod';

export type CreateBody<C extends Collection> = z.input<(typeof collections)[C]['create']>;
export type UpdateBody<C extends Collection> = z.input<(typeof collections)[C]['update']>;

/** An API refusal, with what the server said: Swedish message, field errors, the newer version on 412. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Typed access to the plan API; the development identity (local mode) rides along as a header. */
export function createApiClient(options: { baseUrl?: string; identity: () => string | null }) {
  const base = options.baseUrl ?? new URL('api', document.baseURI).toString().replace(/\/$/, '');

  async function request<T>(method: string, path: string, init: { body?: unknown; ifMatch?: string } = {}): Promise<T> {
    const headers: Record<string, string> = {};
    const identity = options.identity();
    if (identity) headers['x-dev-user'] = identity;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.ifMatch) headers['if-match'] = init.ifMatch;
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    } catch {
      throw new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
    }
    if (response.status === 204) return undefined as T;
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (json as { error?: { code?: string; message?: string; fields?: FieldError[]; current?: unknown } } | null)?.error;
      throw new ApiError(response.status, error?.code ?? 'HTTP', error?.message ?? `Servern svarade ${response.status}`, error?.fields, error?.current);
    }
    return json as T;
  }

  const items = (unitId: string, year: number, collection: Collection) =>
    `/units/${encodeURIComponent(unitId)}/plans/${year}/${collection}`;

  return {
    listForvaltningar: () => request<Stored<Forvaltning>[]>('GET', '/forvaltningar'),
    listUnits: () => request<Stored<Unit>[]>('GET', '/units'),
    listDevUsers: () => request<Caller[]>('GET', '/dev/users'),
    listPlans: (unitId: string) => request<Stored<Plan>[]>('GET', `/units/${encodeURIComponent(unitId)}/plans`),
    getPlan: (unitId: string, year: number) => request<PlanTree>('GET', `/units/${encodeURIComponent(unitId)}/plans/${year}`),
    getItem: <T>(unitId: string, year: number, collection: Collection, id: string) =>
      request<Stored<T>>('GET', `${items(unitId, year, collection)}/${encodeURIComponent(id)}`),
    create: <C extends Collection, T>(unitId: string, year: number, collection: C, body: CreateBody<C>) =>
      request<Stored<T>>('POST', items(unitId, year, collection), { body }),
    update: <C extends Collection, T>(unitId: string, year: number, collection: C, id: string, eTag: string, patch: UpdateBody<C>) =>
      request<Stored<T>>('PATCH', `${items(unitId, year, collection)}/${encodeURIComponent(id)}`, { body: patch, ifMatch: eTag }),
    remove: (unitId: string, year: number, collection: Collection, id: string, eTag: string) =>
      request<void>('DELETE', `${items(unitId, year, collection)}/${encodeURIComponent(id)}`, { ifMatch: eTag }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
