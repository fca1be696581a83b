/**
 * A unit's follow-up report (tertialrapport or verksamhetsberättelse) as a Word document that reads
 * like the municipal plans: the goal cascade as headings, each goal with its assessment and analysis,
 * indicator tables with the period's outcome beside the targets, and activity tables with status.
 */
import {
  activityStatusLabel,
  assessmentText,
  formatOutcome,
  formatTarget,
  goalHeading,
  goalLevelLabel,
  appliesToUnit,
  indicatorDueIn,
  periodicityLabel,
  reportStatusLabel,
  type ActivityEntry,
  type GoalEntry,
  type GoalNode,
  type IndicatorEntry,
  type Period,
  type PlanTree,
  type UnitReportView,
} from '@vp/shared';
import { docxFile, labelled, labelledHeading, paragraph, freeText, type Block, type Run } from './wordDocument';
import { formatDate } from './format';
import { table } from './table';
import { NOT_REPORTED, headingLevel, periodSpan, periodTitle } from './wording';

interface Entries {
  unitId: string;
  period: Period;
  goals: Map<string, GoalEntry>;
  indicators: Map<string, IndicatorEntry>;
  activities: Map<string, ActivityEntry>;
}

const notReported: Run[] = [{ text: NOT_REPORTED, italic: true }];

function assessmentBlocks(entry: GoalEntry | undefined, period: Period): Block[] {
  const assessment = entry?.assessment ? assessmentText(entry.assessment, period) : NOT_REPORTED;
  const blocks = [labelled('Bedömning', assessment)];
  const analysis = entry ? freeText(entry.analysis) : [];
  if (analysis.length > 0) blocks.push(paragraph([{ text: 'Analys', bold: true }], { keepNext: true }), ...analysis);
  return blocks;
}

function indicatorBlocks(goal: GoalNode, entries: Entries): Block[] {
  // Indicators the förvaltning does not ask of this unit are no part of its report.
  const asked = goal.indicators.filter((i) => appliesToUnit(i, entries.unitId));
  const due = asked.filter((i) => indicatorDueIn(i.periodicity, entries.period));
  const blocks: Block[] = [];
  if (due.length > 0) {
    const rows = due.map((indicator) => {
      const entry = entries.indicators.get(indicator.id);
      const outcome = entry ? formatOutcome(indicator, entry) : null;
      return [
        indicator.name,
        outcome ?? notReported,
        formatTarget(indicator.annualTarget, indicator.measureUnit) ?? '',
        formatTarget(indicator.councilTarget, indicator.measureUnit) ?? '',
        periodicityLabel[indicator.periodicity],
      ];
    });
    blocks.push(
      table(
        [
          { header: 'Indikator', width: 38 },
          { header: 'Utfall', width: 20 },
          { header: 'Årsmål', width: 13 },
          { header: 'KF:s årsmål', width: 15 },
          { header: 'Periodicitet', width: 14 },
        ],
        rows,
      ),
    );
    for (const indicator of due) {
      const comment = entries.indicators.get(indicator.id)?.comment.trim();
      if (comment) blocks.push(labelled(`Kommentar, ${indicator.name}`, comment, { spaceBefore: 120 }));
    }
  }
  if (due.length < asked.length) {
    blocks.push(paragraph('Indikatorer som mäts årsvis redovisas i verksamhetsberättelsen.', { style: 'Note' }));
  }
  return blocks;
}

function activityBlocks(goal: GoalNode, entries: Entries): Block[] {
  if (goal.activities.length === 0) return [];
  const rows = goal.activities.map((activity) => {
    const entry = entries.activities.get(activity.id);
    return [
      activity.text,
      activity.start,
      activity.end,
      entry?.status ? activityStatusLabel[entry.status] : notReported,
      entry?.comment ?? '',
    ];
  });
  return [
    table(
      [
        { header: 'Aktivitet', width: 31 },
        { header: 'Startdatum', width: 14 },
        { header: 'Slutdatum', width: 14 },
        { header: 'Status', width: 15 },
        { header: 'Kommentar', width: 26 },
      ],
      rows,
    ),
  ];
}

function goalBlocks(goal: GoalNode, entries: Entries): Block[] {
  const entry = entries.goals.get(goal.id);
  return [
    ...labelledHeading(`${goalLevelLabel[goal.level]}:`, headingLevel[goal.level], goalHeading(goal)),
    // The unit assesses its own goals; a förvaltning goal shows an assessment only where one was given.
    ...(entry || goal.owner === 'unit' ? assessmentBlocks(entry, entries.period) : []),
    ...indicatorBlocks(goal, entries),
    ...activityBlocks(goal, entries),
    ...goal.children.flatMap((child) => goalBlocks(child, entries)),
  ];
}

export async function unitReportDocx(tree: PlanTree, report: UnitReportView): Promise<Uint8Array> {
  const owner = tree.unit?.name ?? tree.forvaltning.name;
  const title = `${periodTitle[report.period]} ${report.year} – ${owner}`;
  const planTitle = tree.plan?.title ?? `Verksamhetsplan ${report.year}`;
  // "Inskickad 3 maj 2021", "Godkänd 5 maj 2021"; a draft nobody has acted on has no date.
  const status = report.statusAt ? `${reportStatusLabel[report.status]} ${formatDate(report.statusAt)}` : reportStatusLabel[report.status];
  const entries: Entries = {
    unitId: report.unitId,
    period: report.period,
    goals: new Map(report.goals.map((e) => [e.goalId, e])),
    indicators: new Map(report.indicators.map((e) => [e.indicatorId, e])),
    activities: new Map(report.activities.map((e) => [e.activityId, e])),
  };
  const cover: Block[] = [
    paragraph(title, { style: 'Title' }),
    paragraph(tree.unit ? tree.forvaltning.name : tree.forvaltning.committee, { style: 'Subtitle' }),
    paragraph(`Uppföljning av ${planTitle} ${periodSpan[report.period]}`, { style: 'Subtitle' }),
    paragraph([
      { text: 'Status: ', bold: true },
      { text: status },
      { text: `   Ifyllt: `, bold: true },
      { text: `${report.progress.filled} av ${report.progress.total} mål, indikatorer och aktiviteter` },
    ]),
  ];
  return docxFile({
    title,
    subject: `Uppföljning av ${planTitle}`,
    created: report.statusAt ? new Date(report.statusAt) : new Date(),
    runningHead: [owner, `${periodTitle[report.period]} ${report.year}`],
    cover,
    contentsDepth: 4,
    body: tree.goals.flatMap((goal) => goalBlocks(goal, entries)),
  });
}
