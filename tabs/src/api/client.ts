import type { Caller, Collection, FieldError, Forvaltning, ItemHistory, Overview, Period, Plan, PlanTree, ReportContent, ReportStatus, Stored, Summary, Unit, UnitReportView, collections } from '@vp/shared';
import type { z } from 'zod';

/** A dated tertial summary as listed: without its overview. */
export type SummaryListItem = Pick<Summary, 'id' | 'year' | 'period' | 'createdAt' | 'createdBy'>;

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

  const report = (unitId: string, year: number, period: Period) => `/units/${encodeURIComponent(unitId)}/plans/${year}/reports/${period}`;
  const forvaltning = (id: string) => `/forvaltningar/${encodeURIComponent(id)}`;

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
    /** The item's versions, newest first: who, when, what changed. */
    getHistory: (unitId: string, year: number, collection: Collection, id: string) =>
      request<ItemHistory>('GET', `${items(unitId, year, collection)}/${encodeURIComponent(id)}/versions`),
    /** Writes an earlier version back; eTag is the current version's (412 when someone saved since). */
    restoreVersion: <T>(unitId: string, year: number, collection: Collection, id: string, versionId: string, eTag: string) =>
      request<Stored<T>>('POST', `${items(unitId, year, collection)}/${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}/restore`, {
        ifMatch: eTag,
      }),
    remove: (unitId: string, year: number, collection: Collection, id: string, eTag: string) =>
      request<void>('DELETE', `${items(unitId, year, collection)}/${encodeURIComponent(id)}`, { ifMatch: eTag }),
    getReport: (unitId: string, year: number, period: Period) => request<UnitReportView>('GET', report(unitId, year, period)),
    /** Saves entries; eTag null before the report's first save. */
    saveReport: (unitId: string, year: number, period: Period, eTag: string | null, body: ReportContent) =>
      request<UnitReportView>('PUT', report(unitId, year, period), { body, ifMatch: eTag ?? undefined }),
    setReportStatus: (unitId: string, year: number, period: Period, eTag: string | null, status: ReportStatus) =>
      request<UnitReportView>('POST', `${report(unitId, year, period)}/status`, { body: { status }, ifMatch: eTag ?? undefined }),
    reportDocxUrl: (unitId: string, year: number, period: Period) => `${base}${report(unitId, year, period)}.docx`,
    getOverview: (forvaltningId: string, year: number, period: Period) =>
      request<Overview>('GET', `${forvaltning(forvaltningId)}/overview?year=${year}&period=${period}`),
    listSummaries: (forvaltningId: string) => request<SummaryListItem[]>('GET', `${forvaltning(forvaltningId)}/summaries`),
    getSummary: (forvaltningId: string, summaryId: string) =>
      request<Summary>('GET', `${forvaltning(forvaltningId)}/summaries/${encodeURIComponent(summaryId)}`),
    createSummary: (forvaltningId: string, year: number, period: Period) =>
      request<Summary>('POST', `${forvaltning(forvaltningId)}/summaries?year=${year}&period=${period}`),
    summaryDocxUrl: (forvaltningId: string, summaryId: string) => `${base}${forvaltning(forvaltningId)}/summaries/${encodeURIComponent(summaryId)}.docx`,
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
