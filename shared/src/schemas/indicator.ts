import { z } from 'zod';
import { Id, hasVisibleText, PlainText, ShortText, nodeFields } from './common';
import { FigureValue, maxFactor } from './figures';

/** A target is a number ("33 %" → 33) or a text ("Tas fram av nämnd"); absent targets are null. */
export const Target = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('value'), value: FigureValue }),
  z.strictObject({ type: z.literal('text'), text: ShortText }),
]);
export type Target = z.infer<typeof Target>;

export const Periodicity = z.enum(['tertial', 'year']);
export type Periodicity = z.infer<typeof Periodicity>;

export const Direction = z.enum(['higherIsBetter', 'lowerIsBetter']);
export type Direction = z.infer<typeof Direction>;

const CountLabel = z.string().trim().min(1).max(200).pipe(PlainText).refine(hasVisibleText, 'Får inte vara tom (bara osynliga tecken)');

/**
 * How unit values roll up to the förvaltning. Never a plain mean of unit percentages:
 * - ratioOfSums: Σnumerator / Σdenominator × factor (shares in %, children per group, …)
 * - sum: Σ unit values (counts)
 * - weightedMean: Σ(value × weight) / Σweight (survey results weighted by respondents)
 * - median / min / max: for scales where no counts exist
 */
export const Aggregation = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('ratioOfSums'), numerator: CountLabel, denominator: CountLabel, factor: z.number().positive('Faktorn måste vara större än 0').max(maxFactor, 'Faktorn får vara högst 1 000 000') }),
  z.strictObject({ rule: z.literal('sum') }),
  z.strictObject({ rule: z.literal('weightedMean'), weight: CountLabel }),
  z.strictObject({ rule: z.literal('median') }),
  z.strictObject({ rule: z.literal('min') }),
  z.strictObject({ rule: z.literal('max') }),
]);
export type Aggregation = z.infer<typeof Aggregation>;

/**
 * The units an indicator is asked of; null = every unit of the förvaltning. Some indicators concern only
 * some units (platser för feriejobb: the units that can offer summer jobs): the others do not report
 * them and are not counted as missing in the roll-up.
 */
export const ApplicableUnitIds = z
  .array(Id)
  .min(1, 'Ange minst en enhet, eller null för alla enheter')
  .max(5_000, 'Högst 5 000 enheter')
  .refine((ids) => new Set(ids).size === ids.length, 'Varje enhet får bara finnas med en gång')
  .nullable();

/** Indikator: hangs under a goal (parentId). */
export const indicatorFields = {
  ...nodeFields,
  name: ShortText,
  /** Unit of measure as shown: "%", "antal", "kg CO2e/kg", "GWh", "skala 1–4" */
  measureUnit: z.string().trim().max(50).pipe(PlainText),
  direction: Direction,
  /** Årsmål */
  annualTarget: Target.nullable(),
  /** KF:s årsmål */
  councilTarget: Target.nullable(),
  /** Periodicitet */
  periodicity: Periodicity,
  aggregation: Aggregation,
  /** Gäller enheterna (null: alla) */
  applicableUnitIds: ApplicableUnitIds,
};
/** As stored: an indicator stored before applicableUnitIds existed applies to every unit. */
export const Indicator = z.strictObject({ ...indicatorFields, applicableUnitIds: ApplicableUnitIds.default(null) });
export type Indicator = z.infer<typeof Indicator>;
