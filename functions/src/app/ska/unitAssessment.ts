/**
 * A unit's own self-assessment (its ledningsgrupp scores the unit, once a läsår) against the criteria of
 * the förvaltning's self-assessment of the same plan (scope and läsår). Stored as a skaAssessment owned
 * by the unit, with the förvaltning's strategies, scale and decimals and the one unit-level role; the
 * förvaltning's plan shows the spread across its units from these.
 */
import {
  formatSchoolYear,
  isStoreError,
  SkaAssessment,
  skaScopeLabels,
  skaUnitRole,
  SkaUnitScoresUpdate,
  strategyAverage,
  type Caller,
  type SkaScope,
  type SkaUnitAssessmentView,
  type Store,
  type Stored,
} from '@vp/shared';
import { AppError } from '../errors';
import { findUnit } from '../organisation';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';
import { assertKnown, assertNamedOnce } from './assessments';
import { requireIfMatch } from '../requireIfMatch';
import { assertSkaEditor, staleAware } from './guard';

type Where = { unitId: string; scope: SkaScope; year: number };

/** One per unit, plan and läsår: a fixed id, so two first writes at once cannot make two. */
const unitAssessmentId = (where: Where) => `ska-${where.scope}-${where.year}-${where.unitId}`;

/** The unit, the förvaltning's assessment it scores against (404 when there is none) and its own, if saved. */
async function context(store: Store, where: Where) {
  const unit = await findUnit(store, where.unitId);
  const all = await store.list('skaAssessment', { forvaltningId: unit.forvaltningId, year: where.year });
  const [basis] = all.filter((a) => a.unitId === null && a.scope === where.scope).sort((a, b) => a.id.localeCompare(b.id));
  if (!basis) {
    throw new AppError('NOT_FOUND', `Förvaltningen har ingen självskattning för ${skaScopeLabels[where.scope].toLowerCase()} ${formatSchoolYear(where.year)} att skatta enheten mot`);
  }
  const own = all.find((a) => a.unitId === unit.id && a.scope === where.scope) ?? null;
  return { unit, basis, own };
}

function view(where: Where, forvaltningId: string, basis: SkaAssessment, own: Stored<SkaAssessment> | null): SkaUnitAssessmentView {
  const role = skaUnitRole(where.scope);
  const scored = { strategies: basis.strategies, scores: own?.scores ?? [], printedAverages: [], decimals: basis.decimals };
  const scoreOf = (strategy: string, criterion: number) => scored.scores.find((s) => s.strategy === strategy && s.criterion === criterion && s.year === where.year)?.score ?? null;
  return {
    id: own?.id ?? null,
    eTag: own?.eTag ?? null,
    forvaltningId,
    unitId: where.unitId,
    scope: where.scope,
    year: where.year,
    basedOn: basis.id,
    heading: basis.heading,
    scale: basis.scale,
    role,
    decimals: basis.decimals,
    strategies: basis.strategies.map((s) => ({
      key: s.key,
      name: s.name,
      criteria: s.criteria.map((c) => ({ ...c, score: scoreOf(s.key, c.number) })),
      average: { role: role.key, year: where.year, strategy: s.key, ...strategyAverage(scored, role.key, where.year, s.key) },
    })),
  };
}

/** The unit's self-assessment of the plan, or an empty draft (every criterion unscored) before its first score. */
export async function readUnitAssessment(store: Store, where: Where): Promise<SkaUnitAssessmentView> {
  const { unit, basis, own } = await context(store, where);
  return view(where, unit.forvaltningId, basis, own);
}

/**
 * Sets (1–5) or clears (null) exactly the unit's scores the body names; the others stay. The first
 * write creates the self-assessment without If-Match; after that If-Match (428 without, 412 stale).
 */
export async function updateUnitScores(store: Store, caller: Caller, where: Where, ifMatch: string | null, body: unknown): Promise<SkaUnitAssessmentView> {
  const { scores } = validate(SkaUnitScoresUpdate, body);
  assertNamedOnce(scores.map((s) => `${s.strategy} ${s.criterion}`), 'Nämn varje kriterium en gång');
  const { unit, basis, own } = await context(store, where);
  await assertSkaEditor(store, caller, { forvaltningId: unit.forvaltningId, unitId: unit.id });
  assertKnown(basis, scores);
  const role = skaUnitRole(where.scope);
  const named = new Set(scores.map((s) => `${s.strategy} ${s.criterion}`));
  const kept = (own?.scores ?? []).filter((s) => !named.has(`${s.strategy} ${s.criterion}`));
  const set = scores.flatMap((s) => (s.score === null ? [] : [{ role: role.key, year: where.year, strategy: s.strategy, criterion: s.criterion, score: s.score }]));
  const next = validate(SkaAssessment, {
    id: own?.id ?? unitAssessmentId(where),
    forvaltningId: unit.forvaltningId,
    unitId: unit.id,
    year: where.year,
    scope: where.scope,
    // The förvaltning's criteria as they are now; the unit keeps no comments of its own here.
    heading: basis.heading,
    scale: basis.scale,
    roles: [role],
    strategies: basis.strategies.map((s) => ({ ...s, comment: '' })),
    scores: [...kept, ...set],
    printedAverages: [],
    decimals: basis.decimals,
  });
  const current = async () => view(where, unit.forvaltningId, basis, (await context(store, where)).own);
  if (!own) {
    try {
      return view(where, unit.forvaltningId, basis, await store.create('skaAssessment', next, actorOf(caller)));
    } catch (e) {
      // Someone else's first write came first: theirs stands, as a stale write would.
      if (isStoreError(e, 'CONFLICT')) throw staleError(await current());
      throw e;
    }
  }
  const etag = requireIfMatch(ifMatch, 'självskattningen');
  const saved = await staleAware(() => store.update('skaAssessment', next, etag, actorOf(caller)), current);
  return view(where, unit.forvaltningId, basis, saved);
}
