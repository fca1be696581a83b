import { SkaScope, type SkaAssessment, type SkaPlanRef, type SkaPlanView, type Store } from '@vp/shared';
import { AppError } from '../errors';
import { forvaltningNotFound } from '../organisation';
import { assessmentView, resultView } from './views';

/** A scope named in a route, or 404 naming the ones there are. */
export function skaScope(text: string | undefined): SkaScope {
  const scope = SkaScope.safeParse(text);
  if (!scope.success) throw new AppError('NOT_FOUND', `Det finns ingen plan för systematiskt kvalitetsarbete för "${text ?? ''}" (kommun, forskola, grundskola eller gymnasieskola)`);
  return scope.data;
}

const byOrder = <T extends { order: number; id: string }>(items: T[]) => [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

/**
 * The förvaltning's (or its verksamhet's) plan for systematic quality work of a läsår: result tables
 * with their totals, self-assessments with their averages, the analysis, the läsår's areas and the
 * previous läsår's areas this plan follows up. Unit-owned parts are not the förvaltning's plan.
 */
export async function readSkaPlan(store: Store, forvaltningId: string, scope: SkaScope, year: number): Promise<SkaPlanView> {
  const own = { forvaltningId, unitId: null, year };
  const [[forvaltning], results, assessments, analyses, areas, previous] = await store.listMany([
    { kind: 'forvaltning', filter: { id: forvaltningId } },
    { kind: 'skaResult', filter: own },
    // The förvaltning's and its units' own: the units' make the spread.
    { kind: 'skaAssessment', filter: { forvaltningId, year } },
    { kind: 'skaAnalysis', filter: own },
    { kind: 'skaArea', filter: own },
    { kind: 'skaArea', filter: { ...own, year: year - 1 } },
  ] as const);
  if (!forvaltning) throw forvaltningNotFound(forvaltningId);
  const inScope = <T extends { scope: SkaScope }>(items: T[]) => items.filter((i) => i.scope === scope);
  return {
    forvaltningId,
    scope,
    year,
    results: byOrder(inScope(results)).map(resultView),
    assessments: inScope(assessments)
      .filter((a) => a.unitId === null)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((a) => assessmentView(a, inScope(assessments))),
    analysis: inScope(analyses)[0] ?? null,
    areas: byOrder(inScope(areas)),
    followUps: byOrder(inScope(previous)),
  };
}

/** The self-assessments of the förvaltning's units for a plan (scope and läsår): the spread's source. */
export async function unitAssessmentsOf(store: Store, forvaltningId: string, scope: SkaScope, year: number): Promise<SkaAssessment[]> {
  return (await store.list('skaAssessment', { forvaltningId, year })).filter((a) => a.unitId !== null && a.scope === scope);
}

/** The förvaltning's plans for systematic quality work: every scope and läsår it has a part of, newest läsår first, scopes in their order. */
export async function listSkaPlans(store: Store, forvaltningId: string): Promise<SkaPlanRef[]> {
  const own = { forvaltningId, unitId: null };
  const [[forvaltning], ...parts] = await store.listMany([
    { kind: 'forvaltning', filter: { id: forvaltningId } },
    { kind: 'skaResult', filter: own },
    { kind: 'skaAssessment', filter: own },
    { kind: 'skaAnalysis', filter: own },
    { kind: 'skaArea', filter: own },
  ] as const);
  if (!forvaltning) throw forvaltningNotFound(forvaltningId);
  const keys = new Set(parts.flat().map((p) => `${p.year} ${p.scope}`));
  return [...keys]
    .map((key) => {
      const [year, scope] = key.split(' ');
      return { year: Number(year), scope: scope as SkaScope };
    })
    .sort((a, b) => b.year - a.year || SkaScope.options.indexOf(a.scope) - SkaScope.options.indexOf(b.scope));
}
