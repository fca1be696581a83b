/**
 * A förvaltning's competence-supply plan (kompetensförsörjningsplan) for a year as a Word document:
 * per avdelning a heading, and under it a table per UBARA category as the plan prints them.
 */
import { CompetenceCategory, type CompetenceRow } from '@vp/shared';
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

/** rows: as the API lists them (avdelning by avdelning, then by order); the document keeps that order. */
export async function competenceDocx(rows: readonly CompetenceRow[], year: number, forvaltningName: string, now = new Date()): Promise<Uint8Array> {
  const title = competenceTitle(year, forvaltningName);
  const avdelningar = [...new Set(rows.map((r) => r.avdelning))];
  const body: Block[] =
    avdelningar.length === 0 ? [paragraph(`Ingen kompetensförsörjningsplan för ${year}.`)] : avdelningar.flatMap((a) => avdelningBlocks(a, rows.filter((r) => r.avdelning === a)));
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
