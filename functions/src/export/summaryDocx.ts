/**
 * The förvaltning's dated tertial summary as a Word document: which units have reported, how the
 * units assess each nämndmål and why, the indicators rolled up by their rules with every unit's value
 * and counts behind them (and the units left out of a value, or warned about, with why), and the status
 * of the förvaltning's activities in each unit.
 */
import {
  activityStatusLabel,
  activityStatuses,
  assessmentText,
  formatCount,
  formatOutcome,
  formatTarget,
  formatValue,
  numberedTitle,
  periodicityLabel,
  reportStatusLabel,
  rollupNoteWording,
  rollupNotes,
  type ActivityRollup,
  type CommitteeGoalRollup,
  type IndicatorRollup,
  type Overview,
  type Period,
  type Summary,
} from '@vp/shared';
import { docxFile, heading, labelled, labelledHeading, paragraph, freeText, type Block, type Run } from './wordDocument';
import { formatDate } from './format';
import { table, type Cell, type Column } from './table';
import { NOT_REPORTED, distributionText, joinSwedish, summaryKind } from './wording';

type UnitNames = (unitId: string) => string;
/** The förvaltning's own analysis of each nämndmål, by the nämndmål's id. */
type Analyses = ReadonlyMap<string, string>;

const notReported: Run[] = [{ text: NOT_REPORTED, italic: true }];
// In a unit's row of a drill-down; the reason follows the table.
const leftOut: Run[] = [{ text: 'Utelämnad', italic: true }];

export function summaryTitle(period: Period, year: number, forvaltningName: string): string {
  return `${summaryKind(period, year)} – ${forvaltningName}`;
}

function statusBlocks(overview: Overview, nameOf: UnitNames): Block[] {
  const sent = overview.units.filter((u) => u.reportStatus === 'submitted' || u.reportStatus === 'approved').length;
  return [
    heading(1, 'Rapportstatus'),
    paragraph(`${sent} av ${overview.units.length} enheter har skickat in sin rapport.`),
    table(
      [
        { header: 'Enhet', width: 60 },
        { header: 'Rapportstatus', width: 40 },
      ],
      overview.units.map((u) => [nameOf(u.unitId), reportStatusLabel[u.reportStatus]]),
    ),
  ];
}

function committeeGoalBlocks(goal: CommitteeGoalRollup, period: Period, nameOf: UnitNames, analyses: Analyses): Block[] {
  const { distribution } = goal;
  const total = distribution.fully + distribution.partly + distribution.not + goal.notReportedUnitIds.length;
  const blocks: Block[] = [
    ...labelledHeading('Nämndmål:', 3, goal.title),
    paragraph(distributionText(distribution, total, period)),
  ];
  const own = freeText(analyses.get(goal.goalId) ?? '');
  if (own.length > 0) blocks.push(paragraph([{ text: 'Förvaltningens analys', bold: true }], { keepNext: true }), ...own);
  if (goal.notReportedUnitIds.length > 0) {
    blocks.push(labelled('Har inte rapporterat', joinSwedish(goal.notReportedUnitIds.map(nameOf))));
  }
  for (const unitGoal of goal.unitGoals) {
    blocks.push(
      heading(4, nameOf(unitGoal.unitId)),
      labelled('Enhetsmål', unitGoal.title),
      labelled('Bedömning', unitGoal.assessment ? assessmentText(unitGoal.assessment, period) : NOT_REPORTED),
    );
    const analysis = freeText(unitGoal.analysis);
    if (analysis.length > 0) blocks.push(paragraph([{ text: 'Analys', bold: true }], { keepNext: true }), ...analysis);
  }
  return blocks;
}

/** Nämndmål grouped under their KF:s mål för verksamhetsområdet, in the overview's order. */
function goalsBlocks(overview: Overview, nameOf: UnitNames, analyses: Analyses): Block[] {
  const blocks: Block[] = [heading(1, 'Mål')];
  let area: string | null | undefined;
  for (const goal of overview.committeeGoals) {
    const key = `${goal.areaNumber ?? ''}|${goal.areaTitle ?? ''}`;
    if (key !== area) {
      area = key;
      const areaHeading = goal.areaTitle ? numberedTitle(goal.areaNumber, goal.areaTitle) : 'Övriga nämndmål';
      blocks.push(...labelledHeading('KF:s mål för verksamhetsområdet:', 2, areaHeading));
    }
    blocks.push(...committeeGoalBlocks(goal, overview.period, nameOf, analyses));
  }
  return blocks;
}

function comparison(target: string | null, vs: IndicatorRollup['vsAnnualTarget']): Cell {
  if (!target || vs === null) return target ?? '';
  return [{ text: `${target}\n` }, { text: vs === 'meets' ? 'nås' : 'nås inte', italic: true }];
}

/** Columns of an indicator's drill-down: the value and the counts its rule keeps. */
function countColumns(indicator: IndicatorRollup): { columns: Column[]; counts: (v: { numerator: number | null; denominator: number | null; weight: number | null }) => string[] } {
  const { aggregation } = indicator;
  const count = (n: number | null) => (n === null ? '' : formatCount(n));
  if (aggregation.rule === 'ratioOfSums') {
    return {
      columns: [
        { header: capitalize(aggregation.numerator), width: 22, align: 'right' },
        { header: capitalize(aggregation.denominator), width: 22, align: 'right' },
      ],
      counts: (v) => [count(v.numerator), count(v.denominator)],
    };
  }
  if (aggregation.rule === 'weightedMean') {
    return { columns: [{ header: capitalize(aggregation.weight), width: 22, align: 'right' }], counts: (v) => [count(v.weight)] };
  }
  return { columns: [], counts: () => [] };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ruleText: Record<IndicatorRollup['aggregation']['rule'], string> = {
  ratioOfSums: 'kvoten av enheternas summerade värden',
  sum: 'summan av enheternas värden',
  weightedMean: 'det viktade medelvärdet av enheternas värden',
  median: 'medianen av enheternas värden',
  min: 'det lägsta av enheternas värden',
  max: 'det högsta av enheternas värden',
};

function drillDownBlocks(indicator: IndicatorRollup, nameOf: UnitNames): Block[] {
  const { columns, counts } = countColumns(indicator);
  const value = (v: number | null) => (v === null ? notReported : formatValue(v, indicator.measureUnit));
  const rows: Cell[][] = [
    ...indicator.unitValues.map((u) => [nameOf(u.unitId), value(u.value), ...counts(u)]),
    ...indicator.missingUnitIds.map((id) => [nameOf(id), notReported]),
    ...indicator.leftOutUnits.map((u) => [nameOf(u.unitId), leftOut]),
    ['Förvaltningen', value(indicator.value), ...counts(indicator)],
  ];
  return [
    heading(3, indicator.name),
    paragraph(`Förvaltningens värde är ${ruleText[indicator.aggregation.rule]}.`, { style: 'Note', keepNext: true }),
    table([{ header: 'Enhet', width: 40 }, { header: 'Utfall', width: 18, align: 'right' }, ...columns], rows, { totalRow: true }),
    ...indicator.leftOutUnits.map((u) => labelled(nameOf(u.unitId), rollupNoteWording.leftOut(u.message), { style: 'Note' })),
    ...indicator.unitWarnings.map((u) => labelled(nameOf(u.unitId), rollupNoteWording.warning(u.message), { style: 'Note' })),
  ];
}

/** The förvaltning's outcome, with a line under it for units left out of it or warned about. */
function outcomeCell(indicator: IndicatorRollup): Cell {
  const outcome = formatOutcome(indicator, indicator);
  const notes = rollupNotes(indicator);
  if (notes.length === 0) return outcome ?? notReported;
  return [...(outcome === null ? notReported : [{ text: outcome }]), ...notes.map((note) => ({ text: `\n${note}`, italic: true }))];
}

function indicatorBlocks(overview: Overview, nameOf: UnitNames): Block[] {
  if (overview.indicators.length === 0) return [];
  const rows = overview.indicators.map((i) => [
    i.name,
    outcomeCell(i),
    comparison(formatTarget(i.annualTarget, i.measureUnit), i.vsAnnualTarget),
    comparison(formatTarget(i.councilTarget, i.measureUnit), i.vsCouncilTarget),
    periodicityLabel[i.periodicity],
  ]);
  return [
    heading(1, 'Indikatorer'),
    paragraph('Förvaltningens utfall är beräknat enligt varje indikators regel ur enheternas rapporterade värden. Under målen anges om utfallet når målet.'),
    table(
      [
        { header: 'Indikator', width: 36 },
        { header: 'Utfall förvaltningen', width: 22 },
        { header: 'Årsmål', width: 13 },
        { header: 'KF:s årsmål', width: 15 },
        { header: 'Periodicitet', width: 14 },
      ],
      rows,
    ),
    heading(2, 'Utfall per enhet'),
    ...overview.indicators.flatMap((i) => drillDownBlocks(i, nameOf)),
  ];
}

function activityBlocks(activities: ActivityRollup[], nameOf: UnitNames): Block[] {
  if (activities.length === 0) return [];
  const countColumn = (header: string, width = 12): Column => ({ header, width, align: 'right' });
  return [
    heading(1, 'Aktiviteter'),
    table(
      [
        { header: 'Aktivitet', width: 36 },
        ...activityStatuses.map((s) => countColumn(activityStatusLabel[s])),
        countColumn(NOT_REPORTED, 16),
      ],
      activities.map((a) => [a.text, ...activityStatuses.map((s) => String(a.counts[s])), String(a.counts.missing)]),
    ),
    heading(2, 'Status per enhet'),
    ...activities.flatMap((a) => [
      paragraph([{ text: a.text, bold: true }, { text: `  ${a.start} – ${a.end}` }], { keepNext: true }),
      table(
        [
          { header: 'Enhet', width: 35 },
          { header: 'Status', width: 18 },
          { header: 'Kommentar', width: 47 },
        ],
        a.perUnit.map((u) => [nameOf(u.unitId), u.status ? activityStatusLabel[u.status] : notReported, u.comment]),
      ),
    ]),
  ];
}

export async function summaryDocx(summary: Summary, units: { id: string; name: string }[], analyses: Analyses = new Map()): Promise<Uint8Array> {
  const { overview } = summary;
  const names = new Map([...overview.units.map((u) => [u.unitId, u.name] as const), ...units.map((u) => [u.id, u.name] as const)]);
  const nameOf: UnitNames = (id) => names.get(id) ?? id;
  const title = summaryTitle(summary.period, summary.year, overview.forvaltningName);
  const cover: Block[] = [
    paragraph(title, { style: 'Title' }),
    paragraph(`Sammanställd ${formatDate(summary.createdAt)}`, { style: 'Subtitle' }),
    ...(formatDate(overview.computedAt) !== formatDate(summary.createdAt)
      ? [paragraph(`Underlaget är enheternas rapporter så som de var ${formatDate(overview.computedAt)}.`, { style: 'Subtitle' })]
      : []),
  ];
  const body: Block[] = [
    ...statusBlocks(overview, nameOf),
    ...goalsBlocks(overview, nameOf, analyses),
    ...indicatorBlocks(overview, nameOf),
    ...activityBlocks(overview.activities, nameOf),
  ];
  return docxFile({
    title,
    subject: 'Sammanställning av enheternas uppföljning',
    created: new Date(summary.createdAt),
    runningHead: [overview.forvaltningName, summaryKind(summary.period, summary.year)],
    cover,
    // Down to the nämndmål and indicators; the units under each are too many to list.
    contentsDepth: 3,
    body,
  });
}
