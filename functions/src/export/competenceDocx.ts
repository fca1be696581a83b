/**
 * A förvaltning's competence-supply plan (kompetensförsörjningsplan) for a year as a Word document:
 * per avdelning a heading, and under it a table per UBARA category as the plan prints them; then a
 * section per period that has been followed up (T1, T2, VB): the roll-up, and per avdelning each row's
 * status and comment.
 */
import {
  activityStatuses,
  activityStatusLabel,
  CompetenceCategory,
  competenceFollowUpPeriodLabel,
  notFollowedUpLabel,
  type CompetenceFollowUpView,
  type CompetenceRow,
  type StatusCounts,
} from '@vp/shared';
import { docxFile, heading, paragraph, type Block } from './wordDocument';
import { table, type Cell } from './table';

/** The UBARA headings as the plan writes them. */
export const competenceCategoryLabel: Record<CompetenceCategory, string> = {
  utveckla: 'Utveckla',
  behalla: 'Behålla',
  attrahera: 'Attrahera',
  rekrytera: 'Rekrytera',
  introducera: 'Introducera',
  avsluta: 'Avsluta',
};

const columns = [
  { header: 'Vad ska vi uppnå?', width: 22 },
  { header: 'Aktivitet', width: 26 },
  { header: 'Måldatum', width: 10 },
  { header: 'Ansvarig', width: 14 },
  { header: 'Resurser', width: 14 },
  { header: 'Uppföljning', width: 14 },
];

export function competenceTitle(year: number, forvaltningName: string): string {
  return `Kompetensförsörjningsplan ${year} – ${forvaltningName}`;
}

function goalCell(row: CompetenceRow): Cell {
  if (!row.vpGoal) return row.goal;
  return [...(row.goal ? [{ text: `${row.goal}\n` }] : []), { text: `VP-mål: ${row.vpGoal}`, italic: true }];
}

function avdelningBlocks(avdelning: string, rows: readonly CompetenceRow[]): Block[] {
  const blocks: Block[] = [heading(1, avdelning)];
  for (const category of CompetenceCategory.options) {
    const inCategory = rows.filter((r) => r.categories.includes(category));
    if (inCategory.length === 0) continue;
    blocks.push(
      heading(2, competenceCategoryLabel[category], { keepNext: true }),
      table(
        columns,
        inCategory.map((r) => [goalCell(r), r.activity, r.targetDate.text, r.responsible.join('\n'), r.resources.join('\n'), r.followUp]),
      ),
    );
  }
  return blocks;
}

const rollupColumns = [
  { header: 'Kategori', width: 20 },
  { header: 'Rader', width: 10, align: 'right' as const },
  ...activityStatuses.map((s) => ({ header: activityStatusLabel[s], width: 12, align: 'right' as const })),
  { header: notFollowedUpLabel, width: 12, align: 'right' as const },
];

const followUpColumns = [
  { header: 'Aktivitet', width: 40 },
  { header: 'Status', width: 14 },
  { header: 'Kommentar', width: 46 },
];

const countCells = (name: string, rows: number, counts: StatusCounts) => [name, String(rows), ...activityStatuses.map((s) => String(counts[s])), String(counts.missing)];

/** A period's follow-up: the roll-up (all rows last, as a total), then per avdelning each row once. */
function followUpBlocks(followUp: CompetenceFollowUpView, rows: readonly CompetenceRow[], avdelningar: readonly string[]): Block[] {
  const entryOf = new Map(followUp.entries.map((e) => [e.rowId, e]));
  const { rollup } = followUp;
  return [
    heading(1, `Uppföljning ${competenceFollowUpPeriodLabel[followUp.period]}`),
    table(rollupColumns, [...rollup.categories.map((c) => countCells(competenceCategoryLabel[c.category], c.rows, c.counts)), countCells('Alla rader', rollup.rows, rollup.total)], { totalRow: true }),
    paragraph('En rad med flera kategorier räknas under var och en av dem, men en gång i Alla rader.'),
    ...avdelningar.flatMap((a) => [
      heading(2, a, { keepNext: true }),
      table(
        followUpColumns,
        rows
          .filter((r) => r.avdelning === a)
          .map((r) => {
            const entry = entryOf.get(r.id);
            return [r.activity, entry?.status ? activityStatusLabel[entry.status] : notFollowedUpLabel, entry?.comment ?? ''];
          }),
      ),
    ]),
  ];
}

/** Whether anyone has followed up a row in the period: a status or a comment. */
const followedUp = (followUp: CompetenceFollowUpView) => followUp.entries.some((e) => e.status !== null || e.comment !== '');

/** rows: as the API lists them (avdelning by avdelning, then by order); the document keeps that order. followUps: the periods', a section each where any row is followed up. */
export async function competenceDocx(
  rows: readonly CompetenceRow[],
  year: number,
  forvaltningName: string,
  followUps: readonly CompetenceFollowUpView[] = [],
  now = new Date(),
): Promise<Uint8Array> {
  const title = competenceTitle(year, forvaltningName);
  const avdelningar = [...new Set(rows.map((r) => r.avdelning))];
  const body: Block[] =
    avdelningar.length === 0
      ? [paragraph(`Ingen kompetensförsörjningsplan för ${year}.`)]
      : [...avdelningar.flatMap((a) => avdelningBlocks(a, rows.filter((r) => r.avdelning === a))), ...followUps.filter(followedUp).flatMap((f) => followUpBlocks(f, rows, avdelningar))];
  return docxFile({
    title,
    subject: 'Kompetensförsörjningsplan',
    created: now,
    runningHead: [forvaltningName, `Kompetensförsörjningsplan ${year}`],
    cover: [paragraph(title, { style: 'Title' })],
    contentsDepth: 2,
    body,
  });
}
