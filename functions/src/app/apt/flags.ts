import { randomUUID } from 'node:crypto';
import { canEditUnit, GoalFlagCreate, isStoreError, type Caller, type GoalFlag, type Store, type Stored } from '@vp/shared';
import { AppError } from '../errors';
import { unitNotFound } from '../organisation';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';

const cannotFlag = 'Bara enhetens personal, rektor och förvaltningens avdelningschef flaggar mål till enhetens APT.';

async function findUnit(store: Store, unitId: string) {
  const unit = await store.get('unit', unitId);
  if (!unit) throw unitNotFound(unitId);
  return unit;
}

/** The flags of a year not yet discussed at an APT, oldest first. */
export async function listOpenFlags(store: Store, unitId: string, year: number): Promise<Stored<GoalFlag>[]> {
  const [[unit], flags] = await store.listMany([
    { kind: 'unit', filter: { id: unitId } },
    { kind: 'goalFlag', filter: { unitId, year } },
  ] as const);
  if (!unit) throw unitNotFound(unitId);
  return flags.filter((f) => f.discussedIn === null).sort((a, b) => a.flaggedAt.localeCompare(b.flaggedAt));
}

/** Flags a goal of the unit's plan (its own or one it inherits from the förvaltning) for the next APT. */
export async function flagGoal(store: Store, caller: Caller, unitId: string, body: unknown, now = new Date()): Promise<Stored<GoalFlag>> {
  const request = validate(GoalFlagCreate, body);
  const unit = await findUnit(store, unitId);
  if (!canEditUnit(caller, unit)) throw new AppError('FORBIDDEN', cannotFlag);
  const goal = await store.get('goal', request.goalId);
  const inPlan = goal !== null && goal.year === request.year && goal.forvaltningId === unit.forvaltningId && (goal.unitId === unitId || goal.unitId === null);
  if (!inPlan) throw new AppError('NOT_FOUND', `Målet "${request.goalId}" finns inte i planen för ${unit.name} ${request.year}`);
  const flag: GoalFlag = {
    id: randomUUID(),
    forvaltningId: unit.forvaltningId,
    unitId,
    year: request.year,
    goalId: request.goalId,
    reason: request.reason,
    flaggedAt: now.toISOString(),
    flaggedBy: actorOf(caller),
    discussedIn: null,
  };
  return store.create('goalFlag', flag, actorOf(caller));
}

/** Takes a flag back (with If-Match); a stale one is answered 412 with the flag as it is now. */
export async function removeFlag(store: Store, caller: Caller, unitId: string, flagId: string, ifMatch: string | null): Promise<void> {
  const unit = await findUnit(store, unitId);
  if (!canEditUnit(caller, unit)) throw new AppError('FORBIDDEN', cannotFlag);
  const flag = await store.get('goalFlag', flagId);
  if (!flag || flag.unitId !== unitId) throw new AppError('NOT_FOUND', `Flaggan "${flagId}" finns inte för ${unit.name}`);
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med flaggans eTag från när du läste den');
  try {
    await store.remove('goalFlag', flagId, ifMatch, actorOf(caller));
  } catch (e) {
    if (isStoreError(e, 'PRECONDITION_FAILED')) throw staleError(await store.get('goalFlag', flagId));
    throw e;
  }
}
