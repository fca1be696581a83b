import { z } from 'zod';
import { Id, IsoDate, Lines, LongText, ShortText, Year, hasVisibleText } from './common';
import { ActivityStatus, Period, StatusCounts } from './report';
import { ETag } from './responses';

// The competence-supply plan (kompetensförsörjningsplan): per avdelning, what the förvaltning does to
// develop, keep, attract, recruit, end and introduce (UBARA) its staff. Kept apart from the plan tree:
// its rows are owned by the förvaltning and may link to goals of the verksamhetsplan.

/** The UBARA headings, in the order the plan prints them; "Utveckla och behålla" is two of them. */
export const CompetenceCategory = z.enum(['utveckla', 'behalla', 'attrahera', 'rekrytera', 'introducera', 'avsluta'], {
  error: 'Välj bland utveckla, behalla, attrahera, rekrytera, introducera och avsluta',
});
export type CompetenceCategory = z.infer<typeof CompetenceCategory>;

/** Måldatum as written ("2023", "Kontinuerligt", "2023-2025", a date or empty); due is derived from it by competenceDue, never typed. */
export const CompetenceTargetDate = z.strictObject({
  text: z.string().trim().max(200, 'Högst 200 tecken').pipe(LongText),
  due: IsoDate.nullable(),
});
export type CompetenceTargetDate = z.infer<typeof CompetenceTargetDate>;

const Categories = z
  .array(CompetenceCategory)
  .min(1, 'Välj minst en kategori')
  .max(6, 'Högst sex kategorier')
  .refine((c) => new Set(c).size === c.length, 'Samma kategori två gånger');

const Activity = LongText.refine(hasVisibleText, 'Skriv aktiviteten');

/** The fields a person writes (POST and PATCH). */
export const competenceWritable = {
  order: z.number().int().min(0).max(100_000),
  /** e.g. "Avdelning förskola", as the plan names its section */
  avdelning: ShortText,
  categories: Categories,
  /** Vad ska vi uppnå? (empty where the plan has none) */
  goal: LongText,
  /** Aktivitet – hur gör vi det? */
  activity: Activity,
  /** Ansvarig: the functions, one per line */
  responsible: Lines,
  /** Resurser: one per line */
  resources: Lines,
  /** Uppföljning / Kommentar */
  followUp: LongText,
  /** the plan's VP-mål column, e.g. "Nämndmål: …"; null where it has none */
  vpGoal: ShortText.nullable(),
  /** goals of the förvaltning's verksamhetsplan of the same year it serves */
  linkedGoalIds: z.array(Id).max(50, 'Högst 50 mål'),
};

/** One row of a förvaltning's competence-supply plan for a year. */
export const CompetenceRow = z.strictObject({
  id: Id,
  forvaltningId: Id,
  /** always null: the förvaltning owns the plan */
  unitId: z.null(),
  year: Year,
  parentId: z.null(),
  ...competenceWritable,
  targetDate: CompetenceTargetDate,
});
export type CompetenceRow = z.infer<typeof CompetenceRow>;

export const StoredCompetenceRow = CompetenceRow.extend({ eTag: ETag });
export type StoredCompetenceRow = z.infer<typeof StoredCompetenceRow>;
export const CompetenceRowList = z.array(StoredCompetenceRow);

// ---- Requests ----

/** Måldatum in a body: only the text; a due date sent along is refused (the server derives it). */
const TargetDateInput = z.strictObject({ text: CompetenceTargetDate.shape.text });

/** POST /forvaltningar/{id}/competence/{year}: a new row; order defaults to last of its avdelning. */
export const CompetenceRowCreate = z.strictObject({
  avdelning: competenceWritable.avdelning,
  categories: competenceWritable.categories,
  activity: competenceWritable.activity,
  order: competenceWritable.order.optional(),
  goal: LongText.default(''),
  targetDate: TargetDateInput.default({ text: '' }),
  responsible: Lines.default([]),
  resources: Lines.default([]),
  followUp: LongText.default(''),
  vpGoal: competenceWritable.vpGoal.default(null),
  linkedGoalIds: competenceWritable.linkedGoalIds.default([]),
});
export type CompetenceRowCreate = z.infer<typeof CompetenceRowCreate>;

/** PATCH …/{rowId} with If-Match: changes exactly the fields it names (no defaults: see api.ts). */
export const CompetenceRowUpdate = z.strictObject({ ...competenceWritable, targetDate: TargetDateInput }).partial();
export type CompetenceRowUpdate = z.infer<typeof CompetenceRowUpdate>;

// ---- Follow-up ----

// The follow-up of the competence-supply plan ("Tertial 1 och 2 samt VB"): per row and period a status on
// the activities' scale (ej påbörjad, pågående, avslutad, inställd) and a comment, rolled up for the förvaltning.

/** One row's follow-up in one period; owned by the förvaltning as the rows are. One per row and period: its id says which. */
export const CompetenceReport = z.strictObject({
  id: Id,
  forvaltningId: Id,
  year: Year,
  period: Period,
  rowId: Id,
  status: ActivityStatus.nullable(),
  comment: LongText,
});
export type CompetenceReport = z.infer<typeof CompetenceReport>;

/** A row's follow-up as the API reads it: status null and comment empty until someone follows it up. */
export const CompetenceFollowUpEntry = CompetenceReport.pick({ rowId: true, status: true, comment: true });
export type CompetenceFollowUpEntry = z.infer<typeof CompetenceFollowUpEntry>;

/** The förvaltning's roll-up of a period: rows by status, in total and per UBARA category (a row of two categories counts in both). */
export const CompetenceRollup = z.strictObject({
  rows: z.number().int().min(0),
  total: StatusCounts,
  categories: z.array(z.strictObject({ category: CompetenceCategory, rows: z.number().int().min(0), counts: StatusCounts })),
});
export type CompetenceRollup = z.infer<typeof CompetenceRollup>;

/** GET …/competence/{year}/followup/{period}: every row's follow-up in the rows' order, and the roll-up. */
export const CompetenceFollowUpView = z.strictObject({
  forvaltningId: Id,
  year: Year,
  period: Period,
  /** the period's follow-up version: If-Match of the next save */
  eTag: z.string().min(1),
  entries: z.array(CompetenceFollowUpEntry),
  rollup: CompetenceRollup,
});
export type CompetenceFollowUpView = z.infer<typeof CompetenceFollowUpView>;

/** One row in a PATCH: the fields it names change, the other stays as it is. */
const EntryPatch = z
  .strictObject({ rowId: Id, status: ActivityStatus.nullable().optional(), comment: LongText.optional() })
  .refine((e) => e.status !== undefined || e.comment !== undefined, 'Ange status eller kommentar för raden');

/** PATCH …/followup/{period} with If-Match: the rows it names, all saved or none; each row at most once. */
export const CompetenceFollowUpPatch = z
  .strictObject({ entries: z.array(EntryPatch).min(1, 'Ange minst en rad').max(500, 'Högst 500 rader') })
  .check((ctx) => {
    const first = new Map<string, number>();
    ctx.value.entries.forEach((e, i) => {
      const earlier = first.get(e.rowId);
      if (earlier === undefined) return void first.set(e.rowId, i);
      ctx.issues.push({ code: 'custom', input: e.rowId, path: ['entries', i, 'rowId'], message: `Raden "${e.rowId}" finns redan som post ${earlier + 1}; varje rad får bara finnas en gång` });
    });
  });
export type CompetenceFollowUpPatch = z.infer<typeof CompetenceFollowUpPatch>;
