import { randomUUID } from 'node:crypto';
import {
  canEditUnit,
  derivedValue,
  isStoreError,
  ReportContent,
  type Caller,
  type IndicatorNode,
  type Period,
  type PlanTree,
  type Report,
  type Store,
  type Stored,
  type UnitReportView,
} from '@vp/shared';
import { AppError } from '../errors';
import { readUnitPlan } from '../readPlan';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';
import { checkEntries } from './checkEntries';
import { readStoredReport, reportables, type StoredReport } from './reportData';
import { readUnitReport } from './readUnitReport';

/**
 * Saves the entries of a unit's report. The header's eTag guards the whole report: a stale If-Match
 * is refused before anything is written, and every save bumps it. A report marked ready is locked.
 */
export async function saveUnitReport(store: Store, caller: Caller, unitId: string, year: number, period: Period, ifMatch: string | null, body: unknown): Promise<UnitReportView> {
  const content = validate(ReportContent, body);
  const tree = await readUnitPlan(store, unitId, year);
  if (!canEditUnit(caller, tree.unit!)) throw new AppError('FORBIDDEN', `Du kan inte rapportera för ${tree.unit!.name}`);
  checkEntries(tree, period, content);
  const stored = await readStoredReport(store, unitId, year, period);
  await touchHeader(store, caller, tree, period, stored.header, ifMatch, (header) => {
    if (header.status === 'ready') throw new AppError('CONFLICT', 'Rapporten är markerad klar för granskning. Öppna den igen för att ändra.');
    return header;
  });
  await writeEntries(store, caller, tree, period, stored, content);
  return readUnitReport(store, unitId, year, period);
}

/** Marks the report ready for review (klar för granskning) or reopens it. */
export async function setReportStatus(store: Store, caller: Caller, unitId: string, year: number, period: Period, ifMatch: string | null, status: Report['status']): Promise<UnitReportView> {
  const tree = await readUnitPlan(store, unitId, year);
  if (!canEditUnit(caller, tree.unit!)) throw new AppError('FORBIDDEN', `Du kan inte ändra status för ${tree.unit!.name}s rapport`);
  const { header } = await readStoredReport(store, unitId, year, period);
  await touchHeader(store, caller, tree, period, header, ifMatch, (current) => ({
    ...current,
    status,
    readyAt: status === 'ready' ? new Date().toISOString() : null,
    readyBy: status === 'ready' ? caller.name : null,
  }));
  return readUnitReport(store, unitId, year, period);
}

async function touchHeader(
  store: Store,
  caller: Caller,
  tree: PlanTree,
  period: Period,
  header: Stored<Report> | null,
  ifMatch: string | null,
  change: (header: Report) => Report,
): Promise<void> {
  if (!header) {
    if (ifMatch && ifMatch !== '*') throw staleError(null);
    const fresh: Report = { id: randomUUID(), forvaltningId: tree.forvaltning.id, unitId: tree.unit!.id, year: tree.year, period, status: 'draft', readyAt: null, readyBy: null };
    await store.create('report', change(fresh), actorOf(caller));
    return;
  }
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med rapportens eTag från när du läste den');
  if (ifMatch !== header.eTag) throw staleError(header);
  const { eTag, ...current } = header;
  try {
    await store.update('report', change(current), eTag, actorOf(caller));
  } catch (e) {
    if (isStoreError(e, 'PRECONDITION_FAILED')) throw staleError(await store.get('report', header.id));
    throw e;
  }
}

async function writeEntries(store: Store, caller: Caller, tree: PlanTree, period: Period, stored: StoredReport, content: ReportContent): Promise<void> {
  const scope = { forvaltningId: tree.forvaltning.id, unitId: tree.unit!.id, year: tree.year, period };
  const actor = actorOf(caller);
  const indicators = new Map<string, IndicatorNode>(reportables(tree).indicators.map((i) => [i.id, i]));
  type Entry = Record<string, unknown> & { id: string; eTag: string };
  const upsert = async (kind: 'goalReport' | 'indicatorReport' | 'activityReport', existing: Entry[], key: string, keyValue: string, values: Record<string, unknown>) => {
    const found = existing.find((item) => item[key] === keyValue);
    if (!found) return void (await store.create(kind, { ...scope, id: randomUUID(), [key]: keyValue, ...values } as never, actor));
    const { eTag, ...item } = found;
    const next = { ...item, ...values };
    if (JSON.stringify(next) !== JSON.stringify(item)) await store.update(kind, next as never, eTag, actor);
  };
  for (const e of content.goals) await upsert('goalReport', stored.goals as Entry[], 'goalId', e.goalId, { assessment: e.assessment, analysis: e.analysis });
  for (const e of content.indicators) {
    await upsert('indicatorReport', stored.indicators as Entry[], 'indicatorId', e.indicatorId, { ...derivedValue(indicators.get(e.indicatorId)!, e), comment: e.comment });
  }
  for (const e of content.activities) await upsert('activityReport', stored.activities as Entry[], 'activityId', e.activityId, { status: e.status, comment: e.comment });
}
