/**
 * A unit's whole verksamhetsplan as a Word document, to hand to the nämnd and to staff: a title page,
 * the table of contents, the plan's texts in their order, then the goal cascade as headings by level
 * (numbered as the city numbers its goals), each goal with its texts, its indicators with the targets
 * and its activities, and after the goals the economy part and what follows it (sectionsAroundGoals),
 * where the city's plans print them. A focus-area plan's nämnd goals and verksamhetsmål are lists under
 * one heading each (rootGroups), its focus areas headings with their activities and Uppföljning/redovisning.
 */
import {
  formatTarget,
  goalHeading,
  goalLevelLabel,
  goalTextLabel,
  goalTextLabelOf,
  listHeading,
  periodicityLabel,
  planAskedOfUnit,
  rootGroups,
  sectionsAroundGoals,
  type GoalNode,
  type GoalTextField,
  type PlanTree,
  type SectionNode,
} from '@vp/shared';
import { table } from './table';
import { docxFile, bulletList, freeText, labelledHeading, heading, paragraph, subheading, type Block } from './wordDocument';
import { headingLevel } from './wording';

/** "Verksamhetsplan 2021", the plan's own title where it has one. */
export function planTitle(tree: PlanTree): string {
  return tree.plan?.title ?? `Verksamhetsplan ${tree.year}`;
}

function sectionBlocks(section: SectionNode): Block[] {
  const text = freeText(section.text);
  return [heading(1, section.title), ...(text.length > 0 ? text : [paragraph('Ingen text i planen.', { style: 'Note' })])];
}

function goalTexts(goal: GoalNode): Block[] {
  return (Object.keys(goalTextLabel) as GoalTextField[]).flatMap((field) => {
    const value = goal[field];
    const body = typeof value === 'string' ? freeText(value) : bulletList(value);
    return body.length > 0 ? [subheading(goalTextLabelOf(goal.level, field)), ...body] : [];
  });
}

function indicatorBlocks(goal: GoalNode): Block[] {
  const asked = goal.indicators;
  if (asked.length === 0) return [];
  return [
    subheading('Indikatorer'),
    table(
      [
        { header: 'Indikator', width: 44 },
        { header: 'Årsmål', width: 13 },
        { header: 'KF:s årsmål', width: 15 },
        { header: 'Periodicitet', width: 14 },
        { header: 'Enhet', width: 14 },
      ],
      asked.map((i) => [
        i.name,
        formatTarget(i.annualTarget, i.measureUnit) ?? '',
        formatTarget(i.councilTarget, i.measureUnit) ?? '',
        periodicityLabel[i.periodicity],
        i.measureUnit,
      ]),
    ),
  ];
}

function activityBlocks(goal: GoalNode): Block[] {
  if (goal.activities.length === 0) return [];
  return [
    subheading('Aktiviteter'),
    table(
      [
        { header: 'Aktivitet', width: 34 },
        { header: 'Startdatum', width: 13 },
        { header: 'Slutdatum', width: 13 },
        { header: 'Ansvarig', width: 17 },
        { header: 'Resurser', width: 23 },
      ],
      goal.activities.map((a) => [a.text, a.start, a.end, a.responsible, a.resources]),
    ),
  ];
}

function goalBlocks(goal: GoalNode): Block[] {
  return [
    ...labelledHeading(`${goalLevelLabel[goal.level]}:`, headingLevel[goal.level], goalHeading(goal)),
    ...goalTexts(goal),
    ...indicatorBlocks(goal),
    ...activityBlocks(goal),
    ...goal.children.flatMap(goalBlocks),
  ];
}

/** A listed level's goals: one bullet each, with whatever texts and activities a goal was given. */
function listBlocks(heading1: string, goals: GoalNode[]): Block[] {
  return [heading(1, heading1), ...goals.flatMap((goal) => [...bulletList([goalHeading(goal)]), ...goalTexts(goal), ...indicatorBlocks(goal), ...activityBlocks(goal)])];
}

function goalsBlocks(tree: PlanTree): Block[] {
  const plan = tree.plan ?? { year: tree.year };
  return rootGroups(planAskedOfUnit(tree).goals).flatMap((group) => (group.kind === 'list' ? listBlocks(listHeading(group.level, plan), group.goals) : goalBlocks(group.goal)));
}

export async function planDocx(tree: PlanTree, created = new Date()): Promise<Uint8Array> {
  const owner = tree.unit?.name ?? tree.forvaltning.name;
  const title = planTitle(tree);
  const { beforeGoals, afterGoals } = sectionsAroundGoals(tree.sections);
  const cover: Block[] = [
    paragraph(title, { style: 'Title' }),
    paragraph(owner, { style: 'Subtitle' }),
    paragraph(tree.unit ? tree.forvaltning.name : tree.forvaltning.committee, { style: 'Subtitle' }),
    ...(tree.plan?.author ? [paragraph(`Upprättad av ${tree.plan.author}`, { style: 'Subtitle' })] : []),
  ];
  return docxFile({
    title: `${title} – ${owner}`,
    subject: title,
    created,
    runningHead: [owner, title],
    cover,
    // Down to the enhetsmål, the goals staff look for.
    contentsDepth: 4,
    body: [...beforeGoals.flatMap(sectionBlocks), ...goalsBlocks(tree), ...afterGoals.flatMap(sectionBlocks)],
  });
}
