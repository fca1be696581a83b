import { Body1, Caption1, Field, Input, Textarea, mergeClasses } from '@fluentui/react-components';
import { IndicatorEntry, formatOutcome, indicatorDueIn, maxLengthOf, ratioValue, type IndicatorNode } from '@vp/shared';
import { useCharacterCount } from '../edit/characterCount';
import { useStrings } from '../i18n/strings';
import { targetText, valueText } from './format';
import { indicatorWarnings } from './indicatorWarnings';
import { Previous } from './Previous';
import { errorKey, parseNumber, type IndicatorValues } from './reportValues';
import { useItemStyles } from './styles';
import { controlId, type ReportForm } from './useReport';

const commentMax = maxLengthOf(IndicatorEntry.shape.comment);

type NumberField = 'value' | 'numerator' | 'denominator' | 'weight';

/** The labelled number inputs an indicator's rule needs. */
function numberFields(indicator: IndicatorNode, valueLabel: string): [NumberField, string][] {
  const rule = indicator.aggregation;
  const unit = indicator.measureUnit ? ` (${indicator.measureUnit})` : '';
  if (rule.rule === 'ratioOfSums') return [['numerator', rule.numerator], ['denominator', rule.denominator]];
  if (rule.rule === 'weightedMean') return [['value', `${valueLabel}${unit}`], ['weight', rule.weight]];
  return [['value', `${valueLabel}${unit}`]];
}

/**
 * An indicator's outcome with the counts its rule needs, the derived value of a ratio, and a comment;
 * beside it both targets, the previous period's outcome, and warnings about implausible figures (an
 * error on the same input comes first; a warning never stops a save).
 */
export function IndicatorFields({ indicator, form }: { indicator: IndicatorNode; form: ReportForm }) {
  const t = useStrings().report;
  const styles = useItemStyles();
  const v = form.values.indicators[indicator.id]!;
  const key = (field: string) => errorKey('indicators', indicator.id, field);
  // The period before, where the indicator was due then (a yearly one has no T2 to show in the VB).
  const before = form.view.previous && indicatorDueIn(indicator.periodicity, form.view.previous.period) ? form.view.previous : null;
  const previous = before?.indicators.find((e) => e.indicatorId === indicator.id);
  const counter = useCharacterCount(v.comment, form.readOnly ? null : commentMax);
  const warnings = indicatorWarnings(indicator, v, before && previous ? { period: before.period, figures: previous } : null);
  return (
    <fieldset className={styles.item}>
      <legend className={styles.legend}>{indicator.name}</legend>
      <Caption1 className={styles.meta}>
        {t.form.annualTarget(targetText(indicator.annualTarget, indicator.measureUnit))} · {t.form.councilTarget(targetText(indicator.councilTarget, indicator.measureUnit))}
      </Caption1>
      {form.errors[key('')] && <Body1 className={styles.error}>{form.errors[key('')]}</Body1>}
      <div className={mergeClasses(styles.row, styles.numbers)}>
        {numberFields(indicator, t.form.value).map(([field, label]) => {
          const error = form.errors[key(field)];
          const warning = error ? undefined : warnings[field];
          return (
            <Field
              key={field}
              label={label}
              validationState={error ? 'error' : warning ? 'warning' : 'none'}
              // A warning appears while typing: polite, not an alert that cuts in.
              validationMessage={error ?? (warning && { children: warning, role: 'status' })}
              className={styles.number}
            >
              <Input
                id={controlId(key(field))}
                inputMode="decimal"
                className={styles.fill}
                value={v[field]}
                readOnly={form.readOnly}
                appearance={form.readOnly ? 'filled-darker' : 'outline'}
                onChange={(_, d) => form.set('indicators', indicator.id, { [field]: d.value })}
              />
            </Field>
          );
        })}
      </div>
      {indicator.aggregation.rule === 'ratioOfSums' && <Derived indicator={indicator} values={v} />}
      <Field label={t.form.comment} hint={counter ?? undefined} validationMessage={form.errors[key('comment')]}>
        <Textarea
          id={controlId(key('comment'))}
          value={v.comment}
          readOnly={form.readOnly}
          appearance={form.readOnly ? 'filled-darker' : 'outline'}
          rows={2}
          resize="vertical"
          onChange={(_, d) => form.set('indicators', indicator.id, { comment: d.value })}
        />
      </Field>
      {before && <Previous period={before.period} summary={previous ? formatOutcome(indicator, previous) : null} text={previous?.comment} />}
    </fieldset>
  );
}

/** "Beräknat värde: 33,3 %" from the typed counts, as the server will derive it ("–" over 0). */
function Derived({ indicator, values }: { indicator: IndicatorNode; values: IndicatorValues }) {
  const t = useStrings().report.form;
  const rule = indicator.aggregation;
  const numerator = parseNumber(values.numerator);
  const denominator = parseNumber(values.denominator);
  const known = rule.rule === 'ratioOfSums' && numerator !== null && denominator !== null && !Number.isNaN(numerator) && !Number.isNaN(denominator);
  const value = known ? ratioValue(numerator, denominator, rule.factor) : null;
  return (
    <Body1 aria-live="polite">
      {!known ? t.derivedMissing : t.derived(value === null ? '–' : valueText(value, indicator.measureUnit))}
    </Body1>
  );
}
