import { SkaAssessment, SkaScoresUpdate, type Caller, type SkaAssessmentView, type SkaScope, type Store } from '@vp/shared';
import { AppError } from '../errors';
import { actorOf } from '../updatePlanItem';
import { validate } from '../validate';
import { requireIfMatch } from '../requireIfMatch';
import { assertSkaEditor, staleAware } from './guard';
import { unitAssessmentsOf } from './plan';
import { assessmentView } from './views';

const scoreKey = (s: { role: string; year: number; strategy: string; criterion: number }) => `${s.role} ${s.year} ${s.strategy} ${s.criterion}`;

type NamedScore = { role?: string; strategy: string; criterion: number };

/**
 * Every score named is of a role (where it names one: a unit's scores do not) and a criterion the
 * assessment has (400 naming the request's field).
 */
export function assertKnown(assessment: Pick<SkaAssessment, 'roles' | 'strategies'>, scores: NamedScore[]): void {
  const roles = new Set(assessment.roles.map((r) => r.key));
  const criteria = new Set(assessment.strategies.flatMap((s) => s.criteria.map((c) => `${s.key} ${c.number}`)));
  const fields = scores.flatMap((s, i) => [
    ...(s.role === undefined || roles.has(s.role) ? [] : [{ field: `scores.${i}.role`, message: `Okänd roll – välj ${[...roles].join(' eller ')}` }]),
    ...(criteria.has(`${s.strategy} ${s.criterion}`) ? [] : [{ field: `scores.${i}.criterion`, message: `Strategin har inget kriterium ${s.criterion}` }]),
  ]);
  if (fields.length > 0) throw new AppError('VALIDATION', `Ogiltiga skattningar – ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, { fields });
}

/** A request names each score once (400 otherwise). */
export function assertNamedOnce(keys: string[], message: string): void {
  if (new Set(keys).size !== keys.length) throw new AppError('VALIDATION', 'Samma kriterium är skattat två gånger i begäran', { fields: [{ field: 'scores', message }] });
}

/**
 * Sets (a number) or clears (null) exactly the scores the body names, if nobody changed the
 * self-assessment since ifMatch; the other scores stay. Answers it with its averages computed anew.
 */
export async function updateSkaScores(
  store: Store,
  caller: Caller,
  where: { forvaltningId: string; scope: SkaScope; year: number },
  assessmentId: string,
  ifMatch: string | null,
  body: unknown,
): Promise<SkaAssessmentView> {
  const { scores } = validate(SkaScoresUpdate, body);
  assertNamedOnce(scores.map(scoreKey), 'Nämn varje roll, år och kriterium en gång');
  const current = await store.get('skaAssessment', assessmentId);
  if (!current || current.forvaltningId !== where.forvaltningId || current.scope !== where.scope || current.year !== where.year) {
    throw new AppError('NOT_FOUND', `Självskattningen "${assessmentId}" finns inte i planen ${where.year}`);
  }
  await assertSkaEditor(store, caller, current);
  assertKnown(current, scores);
  const etag = requireIfMatch(ifMatch, 'självskattningen');
  const named = new Map(scores.map((s) => [scoreKey(s), s]));
  const kept = current.scores.filter((s) => !named.has(scoreKey(s)));
  const set = scores.flatMap((s) => (s.score === null ? [] : [{ ...s, score: s.score }]));
  const { eTag: _, ...stored } = current;
  const next = validate(SkaAssessment, { ...stored, scores: [...kept, ...set] });
  const units = await unitAssessmentsOf(store, where.forvaltningId, where.scope, where.year);
  const saved = await staleAware(
    () => store.update('skaAssessment', next, etag, actorOf(caller)),
    async () => {
      const now = await store.get('skaAssessment', assessmentId);
      return now ? assessmentView(now, units) : null;
    },
  );
  return assessmentView(saved, units);
}
