/**
 * A plan for systematic quality work (SKA) as a Word document, in the plan's own order: Resultat (the
 * previous läsår's areas followed up, then the result tables), Självskattning (per strategy its criteria
 * and the roles' scores, the average last), Analys (per perspective) and Förbättrings- och
 * utvecklingsområden. A result table is printed per area (Enhet | Pojkar | Flickor | Totalt), as 13
 * columns do not fit a portrait page; each says where its total comes from and the units' plain mean.
 */
import {
  formatScore,
  formatSchoolYear,
  formatSchoolYearLong,
  formatValue,
  skaAreaFieldLabels,
  skaAreaHeading,
  skaFollowUpLabels,
  skaGroupLabels,
  skaPerspectiveHeadings,
  skaScopeLabels,
  skaUnitRole,
  SkaPerspective,
  type SkaArea,
  type SkaAssessmentView,
  type SkaPlanView,
  type SkaResultView,
  type SkaTotalView,
} from '@vp/shared';
import { bulletList, docxFile, freeText, heading, paragraph, subheading, type Block } from './wordDocument';
import { table, type Cell } from './table';

export function skaTitle(plan: Pick<SkaPlanView, 'scope' | 'year'>): string {
  return `Plan för systematiskt kvalitetsarbete ${formatSchoolYearLong(plan.year)} – ${skaScopeLabels[plan.scope]}`;
}

const percent = (value: number | null) => (value === null ? '' : formatValue(value, '%'));

/** Where a total comes from, and the units' plain mean beside it (never the total). */
function totalNote(total: SkaTotalView): string {
  const source =
    total.source === 'pooled'
      ? `Totalt är räknat ur enheternas antal (${total.counts!.achieved} av ${total.counts!.total})`
      : total.source === 'published'
        ? 'Totalt är värdet planen redovisar (enheternas antal saknas)'
        : 'Totalt saknas';
  return total.unitMean === null ? `${source}.` : `${source}; medelvärdet av enheternas andelar är ${percent(total.unitMean)}, där varje enhet väger lika.`;
}

function resultBlocks(result: SkaResultView, unitNames: ReadonlyMap<string, string>, planYear: number): Block[] {
  const latest = planYear - 1;
  const totalOf = (schoolYear: number, area: string, group: string) => result.totals.find((t) => t.schoolYear === schoolYear && t.area === area && t.group === group);
  const blocks: Block[] = [heading(2, result.heading), ...freeText(result.basis), paragraph(result.question)];
  for (const area of result.areas) {
    const rows: Cell[][] = result.rows
      .filter((r) => r.schoolYear === latest)
      .map((r) => [
        unitNames.get(r.unitId) ?? r.unitId,
        ...result.groups.map((g) => {
          const value = r.cells.find((c) => c.area === area.key && c.group === g)?.value;
          return value === undefined ? '' : value.type === 'counts' ? `${percent((value.achieved / value.total) * 100)} (${value.achieved}/${value.total})` : percent(value.percent);
        }),
      ]);
    rows.push([`Totalt ${formatSchoolYear(latest)}`, ...result.groups.map((g) => percent(totalOf(latest, area.key, g)?.value ?? null))]);
    blocks.push(
      heading(3, area.label, { keepNext: true }),
      table([{ header: 'Enhet', width: 40 }, ...result.groups.map((g) => ({ header: skaGroupLabels[g], width: 20, align: 'right' as const }))], rows, { totalRow: true }),
    );
    const total = totalOf(latest, area.key, 'totalt');
    if (total) blocks.push(paragraph(totalNote(total), { style: 'Note' }));
  }
  const years = [...new Set(result.totals.map((t) => t.schoolYear))].sort((a, b) => b - a);
  blocks.push(
    subheading('Totalt per läsår'),
    table(
      [{ header: 'Läsår', width: 20 }, ...result.areas.map((a) => ({ header: a.label, width: 20, align: 'right' as const }))],
      years.map((y) => [`Totalt ${formatSchoolYear(y)}`, ...result.areas.map((a) => percent(totalOf(y, a.key, 'totalt')?.value ?? null))]),
    ),
  );
  return blocks;
}

/**
 * How the units that scored themselves spread on a strategy: per criterion any unit scored, how many
 * did, the lowest and highest score and how many gave each of 1–5; last the units' averages' range.
 * Nothing when no unit scored the strategy.
 */
function spreadBlocks(assessment: SkaAssessmentView, strategy: SkaAssessmentView['strategies'][number]): Block[] {
  const spread = assessment.unitSpread;
  const criteria = spread.criteria.filter((c) => c.strategy === strategy.key && c.units > 0);
  const averages = spread.strategies.find((s) => s.strategy === strategy.key);
  if (criteria.length === 0 || !averages) return [];
  const whole = (n: number | null) => (n === null ? '' : formatScore(n, 0));
  const average = (n: number | null) => (n === null ? '' : formatScore(n, assessment.decimals));
  const rows: Cell[][] = criteria.map((c) => [`${c.criterion}.`, String(c.units), whole(c.min), whole(c.max), ...c.distribution.map(String)]);
  rows.push([`Genomsnitt för ${strategy.name.toLowerCase()}`, String(averages.units), average(averages.minAverage), average(averages.maxAverage), '', '', '', '', '']);
  const role = skaUnitRole(assessment.scope);
  const units = spread.unitIds.length;
  return [
    paragraph(`Spridning mellan enheterna: ${units} ${units === 1 ? 'enhet' : 'enheter'} har skattat sig själva (${role.key} = ${role.label}); antal enheter per skattning 1–5.`, { style: 'Note', keepNext: true }),
    table(
      [
        { header: 'Kriterium', width: 28 },
        ...['Enheter', 'Lägst', 'Högst'].map((header) => ({ header, width: 12, align: 'right' as const })),
        ...['1', '2', '3', '4', '5'].map((header) => ({ header, width: 7, align: 'right' as const })),
      ],
      rows,
      { totalRow: true },
    ),
  ];
}

function assessmentBlocks(assessment: SkaAssessmentView): Block[] {
  const columns = [...new Set(assessment.scores.map((s) => s.year))].sort().flatMap((year) => assessment.roles.map((role) => ({ role: role.key, year })));
  const score = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatScore(n, assessment.decimals));
  const blocks: Block[] = [
    heading(2, assessment.heading),
    paragraph('Självskattningen görs utifrån kriterierna där:'),
    ...bulletList(assessment.scale.map((meaning, i) => `${i + 1} motsvarar ${meaning}`)),
    paragraph(assessment.roles.map((r) => `${r.key} = ${r.label}`).join(', '), { style: 'Note' }),
  ];
  for (const strategy of assessment.strategies) {
    const averageOf = (c: { role: string; year: number }) => assessment.averages.find((a) => a.role === c.role && a.year === c.year && a.strategy === strategy.key);
    const rows: Cell[][] = strategy.criteria.map((criterion) => [
      `${criterion.number}. ${criterion.text}`,
      ...columns.map((c) => score(assessment.scores.find((s) => s.role === c.role && s.year === c.year && s.strategy === strategy.key && s.criterion === criterion.number)?.score)),
    ]);
    rows.push([`Genomsnitt för ${strategy.name.toLowerCase()}`, ...columns.map((c) => score(averageOf(c)?.value))]);
    blocks.push(
      heading(3, strategy.name, { keepNext: true }),
      table([{ header: 'Normalläge', width: 64 }, ...columns.map((c) => ({ header: `${c.role} ${c.year}`, width: 12, align: 'right' as const }))], rows, { totalRow: true }),
    );
    const differing = columns.flatMap((c) => {
      const average = averageOf(c);
      return average && average.printedCheck !== null && average.printedCheck !== 'equal' ? [`${c.role} ${c.year}: planen redovisar ${score(average.printed)}`] : [];
    });
    if (differing.length > 0) blocks.push(paragraph(`Genomsnittet är räknat ur kriteriernas värden; ${differing.join(', ')} (ur oavrundade skattningar).`, { style: 'Note' }));
    blocks.push(...spreadBlocks(assessment, strategy));
    if (strategy.comment) blocks.push(subheading('Eventuella kommentarer'), ...freeText(strategy.comment));
  }
  return blocks;
}

/** A labelled text or list of an area, nothing when empty. */
const text = (label: string, value: string): Block[] => (value ? [subheading(label), ...freeText(value)] : []);
const list = (label: string, lines: string[]): Block[] => (lines.length > 0 ? [subheading(label), ...bulletList(lines)] : []);

/** An area's fields under the plan's labels, the empty ones left out. */
function areaBlocks(area: SkaArea): Block[] {
  const labels = skaAreaFieldLabels(area);
  return [
    heading(3, skaAreaHeading(area), { keepNext: true }),
    ...(area.group ? [paragraph(area.group, { style: 'Label' })] : []),
    ...text(labels.background, area.background),
    ...list(labels.desired, area.desired),
    ...list(labels.evidence, area.evidence),
    ...list(labels.focus, area.focus),
    ...list(labels.actions, area.actions),
    ...text(labels.decidedBy, area.decidedBy),
    ...text(labels.timeline, area.timeline),
    ...text(labels.followUpPlan, area.followUpPlan),
  ];
}

function followUpBlocks(area: SkaArea): Block[] {
  const f = area.followUp;
  if (!f) return [heading(3, skaAreaHeading(area)), paragraph('Inte uppföljt ännu.', { style: 'Note' })];
  return [
    heading(3, skaAreaHeading(area), { keepNext: true }),
    ...list(skaFollowUpLabels.desiredImprovement, f.desiredImprovement),
    ...list(skaFollowUpLabels.actionsTaken, f.actionsTaken),
    ...text(skaFollowUpLabels.result, f.result),
    ...text(skaFollowUpLabels.assessment, f.assessment),
    ...text(skaFollowUpLabels.futureNeeds, f.futureNeeds),
  ];
}

const ofType = (areas: SkaArea[], type: SkaArea['type']) => areas.filter((a) => a.type === type);

/** plan: as the API reads it (GET …/ska/{scope}/{year}); unitNames: the förvaltning's units by id. */
export async function skaDocx(plan: SkaPlanView, forvaltningName: string, unitNames: ReadonlyMap<string, string>, now = new Date()): Promise<Uint8Array> {
  const title = skaTitle(plan);
  const previous = formatSchoolYearLong(plan.year - 1);
  const current = formatSchoolYearLong(plan.year);
  const empty = (what: string) => [paragraph(`Ingen ${what} i planen.`, { style: 'Note' })];
  const resultat: Block[] = [
    heading(1, 'Resultat'),
    ...[
      ['forbattringsomrade', 'förbättringsområden'],
      ['utvecklingsomrade', 'utvecklingsområden'],
    ].flatMap(([type, name]) => {
      const areas = ofType(plan.followUps, type as SkaArea['type']);
      return areas.length === 0 ? [] : [heading(2, `Uppföljning av ${name}, läsåret ${previous}`), ...areas.flatMap(followUpBlocks)];
    }),
    ...plan.results.flatMap((r) => resultBlocks(r, unitNames, plan.year)),
  ];
  const sjalvskattning: Block[] = [heading(1, 'Självskattning'), ...(plan.assessments.length === 0 ? empty('självskattning') : plan.assessments.flatMap(assessmentBlocks))];
  const analys: Block[] = [
    heading(1, 'Analys'),
    ...(plan.analysis === null
      ? empty('analys')
      : SkaPerspective.options.flatMap((p) => [heading(2, skaPerspectiveHeadings[p]), ...(plan.analysis!.texts[p] ? freeText(plan.analysis!.texts[p]) : empty('text'))])),
  ];
  const utveckling: Block[] = [
    heading(1, 'Förbättrings- och utvecklingsområden'),
    ...(plan.areas.length === 0 ? empty('förbättrings- eller utvecklingsområde') : []),
    ...[
      ['forbattringsomrade', 'Förbättringsområden'],
      ['utvecklingsomrade', 'Utvecklingsområden'],
    ].flatMap(([type, name]) => {
      const areas = ofType(plan.areas, type as SkaArea['type']);
      return areas.length === 0 ? [] : [heading(2, `${name}, läsåret ${current}`), ...areas.flatMap(areaBlocks)];
    }),
  ];
  return docxFile({
    title,
    subject: 'Plan för systematiskt kvalitetsarbete',
    created: now,
    runningHead: [forvaltningName, `Systematiskt kvalitetsarbete ${current}`],
    cover: [paragraph(title, { style: 'Title' }), paragraph(forvaltningName, { style: 'Subtitle' })],
    contentsDepth: 2,
    body: [...resultat, ...sjalvskattning, ...analys, ...utveckling],
  });
}
