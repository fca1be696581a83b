import { z } from 'zod';
import { Id, Lines, LongText, ShortText, Year } from './common';
import { ETag } from './responses';

// Systematic quality work (systematiskt kvalitetsarbete, SKA): a plan per läsår at the municipality's
// level (utbildningskontoret) or a verksamhet's (förskola …), in three parts — Resultat (result tables,
// the self-assessment of the four strategies), Analys (fixed perspectives) and Utveckling (förbättrings-
// and utvecklingsområden). Kept apart from the plan tree; owned by the förvaltning (unitId null) or a unit.
// `year` is the läsår's first year: 2018 is 2018/2019.

/** Whose plan: the municipality's own (utbildningskontoret) or a verksamhet's. */
export const SkaScope = z.enum(['kommun', 'forskola', 'grundskola', 'gymnasieskola'], {
  error: 'Välj kommun, forskola, grundskola eller gymnasieskola',
});
export type SkaScope = z.infer<typeof SkaScope>;

/** The fields every SKA item carries. */
const skaFields = {
  id: Id,
  forvaltningId: Id,
  /** null: the förvaltning's (or its verksamhet's) plan; a unit's id: that unit's plan */
  unitId: Id.nullable(),
  year: Year,
  scope: SkaScope,
};

const Order = z.number().int().min(0).max(100_000);
/** A short key naming a column or criterion within its item (e.g. "sprak"). */
const Key = z.string().trim().min(1).max(50).regex(/^[A-Za-z0-9_-]+$/, 'Endast bokstäver a–z, siffror, bindestreck och understreck');

// ---- Resultat: result tables ----

/** The groups a result is given for. */
export const SkaGroup = z.enum(['pojkar', 'flickor', 'totalt'], { error: 'Välj pojkar, flickor eller totalt' });
export type SkaGroup = z.infer<typeof SkaGroup>;

const Percent = z.number({ error: 'Ange en andel i procent' }).min(0, 'Lägst 0 %').max(100, 'Högst 100 %');

/** A unit's result: counts where the source has them, else the percentage it publishes. */
export const SkaValue = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('counts'),
      achieved: z.number().int().min(0, 'Får inte vara negativt'),
      total: z.number().int().min(1, 'Minst 1'),
    }),
    z.strictObject({ type: z.literal('percent'), percent: Percent }),
  ],
  { error: 'Ange antal (counts) eller andel (percent)' },
);
export type SkaValue = z.infer<typeof SkaValue>;

export const SkaCell = z.strictObject({ area: Key, group: SkaGroup, value: SkaValue });
export type SkaCell = z.infer<typeof SkaCell>;

/** One unit's results of one läsår (schoolYear 2017 = 2017/18). */
export const SkaResultRow = z.strictObject({ unitId: Id, schoolYear: Year, cells: z.array(SkaCell).max(200) });
export type SkaResultRow = z.infer<typeof SkaResultRow>;

/** A total as the document prints it ("Totalt 2016/17"): kept, and only used where counts are missing. */
export const SkaPublishedTotal = z.strictObject({ schoolYear: Year, area: Key, group: SkaGroup, percent: Percent });
export type SkaPublishedTotal = z.infer<typeof SkaPublishedTotal>;

/** A result table: one question, its areas (columns) and groups, per unit and läsår. */
export const SkaResult = z
  .strictObject({
    ...skaFields,
    order: Order,
    /** the heading it is printed under */
    heading: ShortText,
    /** the question answered, e.g. "Når verksamhetens femåringar de uppsatta målen för respektive kunskapsområde?" */
    question: ShortText,
    /** what the results rest on (Underlag för bedömningen …) */
    basis: LongText,
    areas: z.array(z.strictObject({ key: Key, label: ShortText })).min(1).max(30),
    groups: z.array(SkaGroup).min(1).max(3),
    rows: z.array(SkaResultRow).max(2_000),
    publishedTotals: z.array(SkaPublishedTotal).max(2_000),
  })
  .superRefine((result, ctx) => {
    const areas = new Set(result.areas.map((a) => a.key));
    const cells = [...result.rows.flatMap((r) => r.cells), ...result.publishedTotals];
    if (cells.some((c) => !areas.has(c.area))) ctx.addIssue({ code: 'custom', path: ['areas'], message: 'Ett resultat nämner ett område som tabellen saknar' });
    const values = result.rows.flatMap((r) => r.cells.map((c) => c.value));
    if (values.some((v) => v.type === 'counts' && v.achieved > v.total)) ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Fler har nått målen än som finns' });
  });
export type SkaResult = z.infer<typeof SkaResult>;

// ---- Resultat: self-assessment (normalläge) ----

/** The four strategies for higher goal attainment. */
export const SkaStrategyKey = z.enum(['pedagogiskLedning', 'larandeOrganisation', 'malOchResultatstyrning', 'kvaliteILarandet'], {
  error: 'Välj en av de fyra strategierna',
});
export type SkaStrategyKey = z.infer<typeof SkaStrategyKey>;

export const SkaCriterion = z.strictObject({ number: z.number().int().min(1).max(50), text: ShortText });
export const SkaStrategy = z.strictObject({
  key: SkaStrategyKey,
  /** as printed: "Pedagogisk ledning", "Kvalité i lärandet" */
  name: ShortText,
  criteria: z.array(SkaCriterion).min(1).max(50),
  /** Eventuella kommentarer */
  comment: LongText,
});
export type SkaStrategy = z.infer<typeof SkaStrategy>;

/** An assessor role: "U" (utbildningsdirektör), "VC" (verksamhetschef), "FL" (förskolans ledningsgrupper). */
export const SkaRole = z.strictObject({ key: Key, label: ShortText });

/** A score 1–5; the förskola's are means over its ledningsgrupper, printed with two decimals. */
export const SkaScoreValue = z.number({ error: 'Ange ett tal 1–5' }).min(1, 'Lägst 1').max(5, 'Högst 5');

export const SkaScore = z.strictObject({ role: Key, year: Year, strategy: SkaStrategyKey, criterion: z.number().int().min(1).max(50), score: SkaScoreValue });
export type SkaScore = z.infer<typeof SkaScore>;

/** A strategy's average as the document prints it: kept to check the computed one against. */
export const SkaPrintedAverage = z.strictObject({ role: Key, year: Year, strategy: SkaStrategyKey, value: SkaScoreValue });
export type SkaPrintedAverage = z.infer<typeof SkaPrintedAverage>;

export const SkaAssessment = z
  .strictObject({
    ...skaFields,
    heading: ShortText,
    /** what 1 … 5 mean, in order */
    scale: z.array(ShortText).length(5),
    roles: z.array(SkaRole).min(1).max(10),
    strategies: z.array(SkaStrategy).min(1).max(4),
    scores: z.array(SkaScore).max(2_000),
    printedAverages: z.array(SkaPrintedAverage).max(200),
    /** decimals of the printed scores and averages (1 at the municipality's level, 2 at the förskola's) */
    decimals: z.number().int().min(0).max(2),
  })
  .superRefine((a, ctx) => {
    const roles = new Set(a.roles.map((r) => r.key));
    const criteria = new Set(a.strategies.flatMap((s) => s.criteria.map((c) => `${s.key} ${c.number}`)));
    a.scores.forEach((s, i) => {
      if (!roles.has(s.role)) ctx.addIssue({ code: 'custom', path: ['scores', i, 'role'], message: `Okänd roll ${s.role}` });
      if (!criteria.has(`${s.strategy} ${s.criterion}`)) ctx.addIssue({ code: 'custom', path: ['scores', i, 'criterion'], message: `Strategin saknar kriterium ${s.criterion}` });
    });
    const keys = a.scores.map((s) => `${s.role} ${s.year} ${s.strategy} ${s.criterion}`);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['scores'], message: 'Samma kriterium har två skattningar' });
  });
export type SkaAssessment = z.infer<typeof SkaAssessment>;

// ---- Analys ----

/** The fixed perspectives of the analysis, in the document's order. */
export const SkaPerspective = z.enum(['historical', 'organisation', 'resources', 'method', 'equity']);
export type SkaPerspective = z.infer<typeof SkaPerspective>;

const analysisTexts = Object.fromEntries(SkaPerspective.options.map((p) => [p, LongText])) as Record<SkaPerspective, typeof LongText>;

export const SkaAnalysis = z.strictObject({ ...skaFields, texts: z.strictObject(analysisTexts) });
export type SkaAnalysis = z.infer<typeof SkaAnalysis>;

// ---- Utveckling: förbättringsområden and utvecklingsområden ----

/** Förbättringsområde (for a limited time) or utvecklingsområde (a strategy worked on long-term). */
export const SkaAreaType = z.enum(['forbattringsomrade', 'utvecklingsomrade'], { error: 'Välj forbattringsomrade eller utvecklingsomrade' });
export type SkaAreaType = z.infer<typeof SkaAreaType>;

/** How it went, written the next läsår. */
export const SkaFollowUp = z.strictObject({
  /** Önskvärd förbättring */
  desiredImprovement: Lines,
  /** Vidtagna åtgärder */
  actionsTaken: Lines,
  /** Resultat */
  result: LongText,
  /** the judgement ("Bedömningen är att …") */
  assessment: LongText,
  /** Framtida behov */
  futureNeeds: LongText,
});
export type SkaFollowUp = z.infer<typeof SkaFollowUp>;

/** The fields a person writes (POST and PATCH). */
export const skaAreaWritable = {
  order: Order,
  type: SkaAreaType,
  number: z.number().int().min(1).max(100).nullable(),
  title: ShortText,
  /** the heading it is printed under, e.g. "Förskolans förbättringsområde"; null: the part's own */
  group: ShortText.nullable(),
  /** who decides the area and its actions, as written */
  decidedBy: LongText,
  /** Bakgrund (till avgränsningen) */
  background: LongText,
  /** Förväntade effekter / Önskvärd förbättring / Önskvärd kvalitet */
  desired: Lines,
  /** Spår i undervisningen / Spår och bevis */
  evidence: Lines,
  /** Fokus på att förbättra */
  focus: Lines,
  /** Åtgärder */
  actions: Lines,
  /** Tidsplan */
  timeline: LongText,
  /** Uppföljning: how it is to be followed up */
  followUpPlan: LongText,
  /** the next läsår's follow-up; null until written */
  followUp: SkaFollowUp.nullable(),
};

export const SkaArea = z.strictObject({ ...skaFields, ...skaAreaWritable });
export type SkaArea = z.infer<typeof SkaArea>;

// ---- Stored and requests ----

export const StoredSkaResult = SkaResult.safeExtend({ eTag: ETag });
export const StoredSkaAssessment = SkaAssessment.safeExtend({ eTag: ETag });
export const StoredSkaAnalysis = SkaAnalysis.extend({ eTag: ETag });
export const StoredSkaArea = SkaArea.extend({ eTag: ETag });
export type StoredSkaResult = z.infer<typeof StoredSkaResult>;
export type StoredSkaAssessment = z.infer<typeof StoredSkaAssessment>;
export type StoredSkaAnalysis = z.infer<typeof StoredSkaAnalysis>;
export type StoredSkaArea = z.infer<typeof StoredSkaArea>;

/** PATCH …/assessments/{id}: set (a number) or clear (null) exactly the scores named; the others stay. */
export const SkaScoresUpdate = z.strictObject({
  scores: z
    .array(SkaScore.extend({ score: SkaScoreValue.nullable() }))
    .min(1, 'Ange minst en skattning')
    .max(500, 'Högst 500 skattningar'),
});
export type SkaScoresUpdate = z.infer<typeof SkaScoresUpdate>;

/** A unit's own score: a whole step of the scale, as its ledningsgrupp gives it (the means are the förvaltning's). */
export const SkaUnitScoreValue = z.number({ error: 'Ange en hel siffra 1–5' }).int('Ange en hel siffra 1–5').min(1, 'Lägst 1').max(5, 'Högst 5');

/** PATCH /units/{unitId}/ska/{scope}/{year}: set (1–5) or clear (null) exactly the unit's scores named; the others stay. */
export const SkaUnitScoresUpdate = z.strictObject({
  scores: z
    .array(z.strictObject({ strategy: SkaStrategyKey, criterion: z.number().int().min(1).max(50), score: SkaUnitScoreValue.nullable() }))
    .min(1, 'Ange minst en skattning')
    .max(200, 'Högst 200 skattningar'),
});
export type SkaUnitScoresUpdate = z.infer<typeof SkaUnitScoresUpdate>;

/** PATCH …/analysis: the perspectives named get the new text; the others stay. */
export const SkaAnalysisUpdate = z.strictObject(analysisTexts).partial();
export type SkaAnalysisUpdate = z.infer<typeof SkaAnalysisUpdate>;

/** POST …/areas: a new area; order defaults to after the last of its type. */
export const SkaAreaCreate = z.strictObject({
  type: skaAreaWritable.type,
  title: skaAreaWritable.title,
  order: Order.optional(),
  number: skaAreaWritable.number.default(null),
  group: skaAreaWritable.group.default(null),
  decidedBy: LongText.default(''),
  background: LongText.default(''),
  desired: Lines.default([]),
  evidence: Lines.default([]),
  focus: Lines.default([]),
  actions: Lines.default([]),
  timeline: LongText.default(''),
  followUpPlan: LongText.default(''),
  followUp: skaAreaWritable.followUp.default(null),
});
export type SkaAreaCreate = z.infer<typeof SkaAreaCreate>;

/** PATCH …/areas/{id} with If-Match: changes exactly the fields it names (followUp as a whole). */
export const SkaAreaUpdate = z.strictObject(skaAreaWritable).partial();
export type SkaAreaUpdate = z.infer<typeof SkaAreaUpdate>;

// ---- Responses ----

/** A förvaltning total as resultTotal computes it, per läsår, area and group. */
export const SkaTotalView = z.strictObject({
  schoolYear: Year,
  area: Key,
  group: SkaGroup,
  value: z.number().nullable(),
  source: z.enum(['pooled', 'published', 'none']),
  counts: z.strictObject({ achieved: z.number().int(), total: z.number().int() }).nullable(),
  unitMean: z.number().nullable(),
  units: z.number().int(),
});
export type SkaTotalView = z.infer<typeof SkaTotalView>;

/** A result table with its computed totals: every läsår × area × group. */
export const SkaResultView = StoredSkaResult.safeExtend({ totals: z.array(SkaTotalView) });
export type SkaResultView = z.infer<typeof SkaResultView>;

/** A strategy average as strategyAverage computes it, per role and year. */
export const SkaAverageView = z.strictObject({
  role: Key,
  year: Year,
  strategy: SkaStrategyKey,
  value: z.number().nullable(),
  exact: z.number().nullable(),
  scored: z.number().int(),
  criteria: z.number().int(),
  printed: z.number().nullable(),
  printedCheck: z.enum(['equal', 'withinRounding', 'differs']).nullable(),
});
export type SkaAverageView = z.infer<typeof SkaAverageView>;

/** How the units that scored a criterion in their own self-assessment spread (shared/ska/unitSpread). */
export const SkaCriterionSpreadView = z.strictObject({
  strategy: SkaStrategyKey,
  criterion: z.number().int(),
  /** how many units scored it */
  units: z.number().int(),
  /** null when no unit scored it */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** how many units gave 1, 2, 3, 4 and 5, in that order */
  distribution: z.array(z.number().int()).length(5),
});
export type SkaCriterionSpreadView = z.infer<typeof SkaCriterionSpreadView>;

/** How the units' averages of a strategy spread (each rounded as the unit's own average). */
export const SkaStrategySpreadView = z.strictObject({
  strategy: SkaStrategyKey,
  /** how many units have an average (scored at least one of its criteria) */
  units: z.number().int(),
  minAverage: z.number().nullable(),
  maxAverage: z.number().nullable(),
});
export type SkaStrategySpreadView = z.infer<typeof SkaStrategySpreadView>;

/** The spread across units of an assessment's läsår: only units that scored at least one criterion count. */
export const SkaUnitSpreadView = z.strictObject({
  /** the units counted, by id */
  unitIds: z.array(Id),
  criteria: z.array(SkaCriterionSpreadView),
  strategies: z.array(SkaStrategySpreadView),
});
export type SkaUnitSpreadView = z.infer<typeof SkaUnitSpreadView>;

/**
 * A self-assessment with its computed averages: every role × year scored or printed × strategy; and, for
 * the förvaltning's own (unitId null), the spread of its units' self-assessments of the same läsår.
 */
export const SkaAssessmentView = StoredSkaAssessment.safeExtend({
  averages: z.array(SkaAverageView),
  // The server always sends it; a body from before the spread existed reads as no unit having scored.
  unitSpread: SkaUnitSpreadView.default({ unitIds: [], criteria: [], strategies: [] }),
});
export type SkaAssessmentView = z.infer<typeof SkaAssessmentView>;

/**
 * GET /units/{unitId}/ska/{scope}/{year}: the unit's own self-assessment against the förvaltning's
 * criteria of that plan, every criterion with the unit's score (null: not scored); a draft (id and eTag
 * null) until the first score is saved.
 */
export const SkaUnitAssessmentView = z.strictObject({
  id: Id.nullable(),
  eTag: ETag.nullable(),
  forvaltningId: Id,
  unitId: Id,
  scope: SkaScope,
  year: Year,
  /** the förvaltning's self-assessment whose strategies and criteria the unit scores */
  basedOn: Id,
  heading: ShortText,
  scale: z.array(ShortText).length(5),
  /** who scores at unit level (shared/ska/unitRole) */
  role: SkaRole,
  decimals: z.number().int().min(0).max(2),
  strategies: z.array(
    z.strictObject({
      key: SkaStrategyKey,
      name: ShortText,
      criteria: z.array(SkaCriterion.extend({ score: SkaUnitScoreValue.nullable() })),
      /** the unit's average, computed as the förvaltning's (strategyAverage) */
      average: SkaAverageView,
    }),
  ),
});
export type SkaUnitAssessmentView = z.infer<typeof SkaUnitAssessmentView>;

/** GET /forvaltningar/{id}/ska/{scope}/{year}: the plan's parts in the document's order. */
export const SkaPlanView = z.strictObject({
  forvaltningId: Id,
  scope: SkaScope,
  year: Year,
  results: z.array(SkaResultView),
  assessments: z.array(SkaAssessmentView),
  /** null until written */
  analysis: StoredSkaAnalysis.nullable(),
  /** this läsår's förbättrings- and utvecklingsområden, by order */
  areas: z.array(StoredSkaArea),
  /** the previous läsår's areas, whose follow-up this plan prints (Uppföljning av … läsåret …; followUp null until written), by order */
  followUps: z.array(StoredSkaArea),
});
export type SkaPlanView = z.infer<typeof SkaPlanView>;

/** GET /forvaltningar/{id}/ska: the plans for systematic quality work the förvaltning has a part of, by läsår (newest first), then scope. */
export const SkaPlanRef = z.strictObject({ scope: SkaScope, year: Year });
export type SkaPlanRef = z.infer<typeof SkaPlanRef>;
export const SkaPlanRefList = z.array(SkaPlanRef);
