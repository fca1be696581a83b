/**
 * The Swedish wording of the follow-up documents: titles, spans and sentences. The names of statuses,
 * assessments, periodicities and goal levels are @vp/shared's labels, and goals are numbered by its
 * goalHeading, the same as the tab shows.
 */
import { assessments, type Assessment, type GoalLevel, type Period } from '@vp/shared';

/** Shown wherever a unit has not filled in an entry. */
export const NOT_REPORTED = 'Ej rapporterad';

export const periodTitle: Record<Period, string> = {
  T1: 'Tertialrapport 1',
  T2: 'Tertialrapport 2',
  VB: 'Verksamhetsberättelse',
};

/** "Tertialsammanställning T1 2021", "Sammanställning verksamhetsberättelse 2021" */
export function summaryKind(period: Period, year: number): string {
  return period === 'VB' ? `Sammanställning verksamhetsberättelse ${year}` : `Tertialsammanställning ${period} ${year}`;
}

/** What the period covers, for the lead paragraph: "Uppföljning av Verksamhetsplan 2021 efter tertial 1 (januari–april)". */
export const periodSpan: Record<Period, string> = {
  T1: 'efter tertial 1 (januari–april)',
  T2: 'efter tertial 2 (maj–augusti)',
  VB: 'för helåret',
};

export const headingLevel: Record<GoalLevel, 1 | 2 | 3 | 4> = {
  councilDirection: 1,
  councilAreaGoal: 2,
  committeeGoal: 3,
  unitGoal: 4,
  // The focus-area plan's levels are roots: headings under the plan's texts.
  boardGoal: 2,
  operationalGoal: 2,
  focusArea: 1,
};

/** "a", "a och b", "a, b och c" */
export function joinSwedish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/**
 * How the units assess a nämndmål, e.g. "3 av 5 enheter bedömer att målet uppfylls helt,
 * 1 att det uppfylls delvis och 1 att det inte uppfylls." Parts with no unit are left out.
 */
export function distributionText(distribution: Record<Assessment, number>, total: number, period: Period): string {
  const first: Record<Assessment, string> =
    period === 'VB'
      ? { fully: 'att målet är uppfyllt', partly: 'att målet är delvis uppfyllt', not: 'att målet inte är uppfyllt' }
      : { fully: 'att målet uppfylls helt', partly: 'att målet uppfylls delvis', not: 'att målet inte uppfylls' };
  const rest: Record<Assessment, string> =
    period === 'VB'
      ? { fully: 'att det är uppfyllt', partly: 'att det är delvis uppfyllt', not: 'att det inte är uppfyllt' }
      : { fully: 'att det uppfylls helt', partly: 'att det uppfylls delvis', not: 'att det inte uppfylls' };
  const parts = assessments.filter((a) => distribution[a] > 0);
  const [lead, ...others] = parts;
  if (lead === undefined) return `Ingen av ${total} enheter har bedömt målet.`;
  const enheter = total === 1 ? 'enhet' : 'enheter';
  return `${joinSwedish([
    `${distribution[lead]} av ${total} ${enheter} bedömer ${first[lead]}`,
    ...others.map((a) => `${distribution[a]} ${rest[a]}`),
  ])}.`;
}
