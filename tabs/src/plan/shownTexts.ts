import { goalHeading, type GoalNode, type SectionNode } from '@vp/shared';
import { targetText } from '../report/format';
import { shownPieces } from './textBlocks';

/**
 * The texts a goal shows, each as it stands on the page (targets as the formatter writes them), so a
 * search finds what the reader sees and every hit it counts is one it can mark.
 */
export function goalTexts(goal: GoalNode): string[] {
  return [
    goalHeading(goal),
    ...shownPieces(goal.description),
    ...goal.expectedResults,
    ...shownPieces(goal.workingMethods),
    ...goal.resources,
    ...goal.followUp,
    ...shownPieces(goal.development),
    ...goal.indicators.flatMap((i) => [i.name, targetText(i.annualTarget, i.measureUnit), targetText(i.councilTarget, i.measureUnit), i.measureUnit]),
    ...goal.activities.flatMap((a) => [a.text, a.start, a.end, a.responsible]),
  ];
}

export function sectionTexts(section: SectionNode): string[] {
  return [section.title, ...shownPieces(section.text)];
}
