import { createHash } from 'node:crypto';
import {
  canEditForvaltning,
  competenceRollup,
  CompetenceFollowUpPatch,
  isStoreError,
  Period,
  type Caller,
  type CompetenceFollowUpView,
  type CompetenceReport,
  type CompetenceRow,
  type Forvaltning,
  type Store,
  type Stored,
  type Write,
} from '@vp/shared';
import { AppError } from '../errors';
import { forvaltningNotFound } from '../organisation';
import { actorOf, staleError } from '../updatePlanItem';
import { requireIfMatch } from '../requireIfMatch';
import { validate } from '../validate';
import { cannotEdit, inAvdelningOrder } from './rows';

/** One follow-up per row and period; ids are at most 100 characters, longer ones hashed. */
export function competenceReportId(rowId: string, period: Period): string {
  const id = `${rowId}.${period}`;
  return id.length <= 100 ? id : `competence.${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/**
 * The version of a period's follow-up: derived from the id and eTag of each stored follow-up, so any
 * save of the period (or a deleted row's follow-up) changes it without a header item to keep in step.
 */
function periodETag(reports: readonly Stored<CompetenceReport>[]): string {
  const versions = reports.map((r) => `${r.id}:${r.eTag}`).sort();
  return `"${createHash('sha256').update(versions.join('\n')).digest('hex').slice(0, 32)}"`;
}

interface PeriodData {
  forvaltning: Stored<Forvaltning>;
  rows: Stored<CompetenceRow>[];
  reports: Stored<CompetenceReport>[];
}

/** The rows and their follow-ups of one period, or of every period when none is named. */
async function readPeriod(store: Store, forvaltningId: string, year: number, period?: Period): Promise<PeriodData> {
  const [[forvaltning], rows, reports] = await store.listMany([
    { kind: 'forvaltning', filter: { id: forvaltningId } },
    { kind: 'competenceRow', filter: { forvaltningId, year } },
    { kind: 'competenceReport', filter: { forvaltningId, year, ...(period ? { period } : {}) } },
  ] as const);
  if (!forvaltning) throw forvaltningNotFound(forvaltningId);
  return { forvaltning, rows: inAvdelningOrder(rows), reports };
}

function viewOf(forvaltningId: string, year: number, period: Period, { rows, reports }: PeriodData): CompetenceFollowUpView {
  const byRow = new Map(reports.map((r) => [r.rowId, r]));
  const entries = rows.map((row) => ({ rowId: row.id, status: byRow.get(row.id)?.status ?? null, comment: byRow.get(row.id)?.comment ?? '' }));
  return { forvaltningId, year, period, eTag: periodETag(reports), entries, rollup: competenceRollup(rows, entries) };
}

/** A period's follow-up of the förvaltning's competence-supply plan: every row's status and comment, and the roll-up. */
export async function readCompetenceFollowUp(store: Store, forvaltningId: string, year: number, period: Period): Promise<CompetenceFollowUpView> {
  return viewOf(forvaltningId, year, period, await readPeriod(store, forvaltningId, year, period));
}

/** The förvaltning, its rows, and every period's follow-up (T1, T2, VB) from one read: for the Word file. */
export async function readCompetenceFollowUps(
  store: Store,
  forvaltningId: string,
  year: number,
): Promise<{ forvaltning: Stored<Forvaltning>; rows: Stored<CompetenceRow>[]; followUps: CompetenceFollowUpView[] }> {
  const { forvaltning, rows, reports } = await readPeriod(store, forvaltningId, year);
  const followUps = Period.options.map((period) => viewOf(forvaltningId, year, period, { forvaltning, rows, reports: reports.filter((r) => r.period === period) }));
  return { forvaltning, rows, followUps };
}

/**
 * Saves the rows a PATCH names, all or none (one writeMany), if nobody saved the period's follow-up since
 * ifMatch. Each row's status and comment change only where the body names them.
 */
export async function saveCompetenceFollowUp(
  store: Store,
  caller: Caller,
  forvaltningId: string,
  year: number,
  period: Period,
  ifMatch: string | null,
  body: unknown,
): Promise<CompetenceFollowUpView> {
  const patch = validate(CompetenceFollowUpPatch, body);
  const data = await readPeriod(store, forvaltningId, year, period);
  if (!canEditForvaltning(caller, forvaltningId)) throw new AppError('FORBIDDEN', cannotEdit);
  const periodVersion = requireIfMatch(ifMatch, 'uppföljningen');
  const rowIds = new Set(data.rows.map((r) => r.id));
  const unknown = patch.entries.flatMap((e, i) => (rowIds.has(e.rowId) ? [] : [{ field: `entries.${i}.rowId`, message: `Raden "${e.rowId}" finns inte i kompetensförsörjningsplanen ${year}` }]));
  if (unknown.length > 0) throw new AppError('VALIDATION', unknown.map((u) => u.message).join('; '), { fields: unknown });
  if (periodVersion !== periodETag(data.reports)) throw staleError(viewOf(forvaltningId, year, period, data));
  const writes = followUpWrites(forvaltningId, year, period, data.reports, patch);
  if (writes.length > 0) {
    try {
      await store.writeMany(writes, actorOf(caller));
    } catch (e) {
      // Another save got in between the read and the write (412 on an update, 409 on a first save of the same row).
      if (isStoreError(e, 'PRECONDITION_FAILED') || isStoreError(e, 'CONFLICT')) throw staleError(await readCompetenceFollowUp(store, forvaltningId, year, period));
      throw e;
    }
  }
  return readCompetenceFollowUp(store, forvaltningId, year, period);
}

/** Creates for rows not followed up yet, updates where a named field changes; unchanged rows are left alone. */
function followUpWrites(forvaltningId: string, year: number, period: Period, reports: readonly Stored<CompetenceReport>[], patch: CompetenceFollowUpPatch): Write[] {
  const byRow = new Map(reports.map((r) => [r.rowId, r]));
  return patch.entries.flatMap(({ rowId, ...named }): Write[] => {
    const found = byRow.get(rowId);
    if (!found) {
      const item = { id: competenceReportId(rowId, period), forvaltningId, year, period, rowId, status: named.status ?? null, comment: named.comment ?? '' };
      return [{ op: 'create', kind: 'competenceReport', item }];
    }
    const { eTag, ...current } = found;
    const next = { ...current, ...named };
    return next.status === current.status && next.comment === current.comment ? [] : [{ op: 'update', kind: 'competenceReport', item: next, ifMatch: eTag }];
  });
}
