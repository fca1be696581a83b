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
  type Write,
  writeTarget,
} from '@vp/shared';
import { approvalNow } from '../approvals/approvalNow';
import { assertEditable } from '../approvals/editLock';
import { AppError } from '../errors';
import { readUnitPlan } from '../readPlan';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';
import { checkEntries } from './checkEntries';
import { readStoredReport, reportables, type StoredReport } from './reportData';
import { readUnitReport } from './readUnitReport';
import { reportId } from './reportId';

/**
 * Saves the entries of a unit's report, all or nothing: the changed entries and the header go to the
 * store as one writeMany, the header last, so a save that fails anywhere (a stale eTag on the header
 * or on an entry, a store failure) leaves the report as it was, its eTag included. The header's eTag
 * guards the whole report: every save bumps it. Only a draft or returned report is saved (its approval).
 */
export async function saveUnitReport(store: Store, caller: Caller, unitId: string, year: number, period: Period, ifMatch: string | null, body: unknown): Promise<UnitReportView> {
  const content = validate(ReportContent, body);
  const tree = await readUnitPlan(store, unitId, year, { inForce: true });
  if (!canEditUnit(caller, tree.unit!)) throw new AppError('FORBIDDEN', `Du kan inte rapportera för ${tree.unit!.name}`);
  checkEntries(tree, period, content);
  const stored = await readStoredReport(store, unitId, year, period);
  assertEditable('unitReport', approvalNow(stored.approval, stored.header));
  // A header written before approvals drops the status it had: the approval says where the report stands.
  const header = headerWrite(tree, year, period, stored.header, ifMatch, ({ status: _s, readyAt: _a, readyBy: _b, ...current }) => current);
  await writeReport(store, caller, [...entryWrites(tree, year, period, stored, content), header]);
  return readUnitReport(store, unitId, year, period);
}

/** The header's write (its first save creates it), after checking the If-Match the caller sent. */
function headerWrite(tree: PlanTree, year: number, period: Period, header: Stored<Report> | null, ifMatch: string | null, change: (header: Report) => Report): Write {
  if (!header) {
    if (ifMatch && ifMatch !== '*') throw staleError(null);
    const fresh: Report = { id: reportId(tree.unit!.id, year, period), forvaltningId: tree.forvaltning.id, unitId: tree.unit!.id, year, period };
    return { op: 'create', kind: 'report', item: change(fresh) };
  }
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med rapportens eTag från när du läste den');
  if (ifMatch !== header.eTag) throw staleError(header);
  const { eTag, ...current } = header;
  return { op: 'update', kind: 'report', item: change(current), ifMatch: eTag };
}

/**
 * Writes entries and header (the last write) as one. A write that lost to another — 412, or 409 when
 * another first save created the header — answers 412 with the report's header as it is now.
 */
async function writeReport(store: Store, caller: Caller, writes: Write[]): Promise<void> {
  try {
    await store.writeMany(writes, actorOf(caller));
  } catch (e) {
    if (!isStoreError(e, 'PRECONDITION_FAILED') && !isStoreError(e, 'CONFLICT')) throw e;
    const header = writes[writes.length - 1]!;
    throw staleError(await store.get('report', writeTarget(header)));
  }
}

/** Creates for entries not stored yet, updates for stored entries whose values change; unchanged ones are left alone. */
function entryWrites(tree: PlanTree, year: number, period: Period, stored: StoredReport, content: ReportContent): Write[] {
  // The report's year: a plan for several years (tree.year is its first) is followed up every year.
  const scope = { forvaltningId: tree.forvaltning.id, unitId: tree.unit!.id, year, period };
  const indicators = new Map<string, IndicatorNode>(reportables(tree).indicators.map((i) => [i.id, i]));
  type Entry = Record<string, unknown> & { id: string; eTag: string };
  const writes: Write[] = [];
  const upsert = (kind: 'goalReport' | 'indicatorReport' | 'activityReport', existing: Entry[], key: string, keyValue: string, values: Record<string, unknown>) => {
    const found = existing.find((item) => item[key] === keyValue);
    if (!found) return void writes.push({ op: 'create', kind, item: { ...scope, id: randomUUID(), [key]: keyValue, ...values } as never });
    const { eTag, ...item } = found;
    const next = { ...item, ...values };
    if (JSON.stringify(next) !== JSON.stringify(item)) writes.push({ op: 'update', kind, item: next as never, ifMatch: eTag });
  };
  for (const e of content.goals) upsert('goalReport', stored.goals as Entry[], 'goalId', e.goalId, { assessment: e.assessment, analysis: e.analysis });
  for (const e of content.indicators) {
    upsert('indicatorReport', stored.indicators as Entry[], 'indicatorId', e.indicatorId, { ...derivedValue(indicators.get(e.indicatorId)!, e), comment: e.comment });
  }
  for (const e of content.activities) upsert('activityReport', stored.activities as Entry[], 'activityId', e.activityId, { status: e.status, comment: e.comment });
  return writes;
}
