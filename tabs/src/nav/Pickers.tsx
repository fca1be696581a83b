import { Field, Select } from '@fluentui/react-components';
import { Period, followUpYears, planYears, type Plan, type Stored, type Unit } from '@vp/shared';
import { useStrings } from '../i18n/strings';

/**
 * The unit select of the plan, report and config pages. A unit that is not among the choices (none
 * chosen yet, or a link naming one that does not exist) shows as "Välj enhet": a native select would
 * otherwise show its first unit as if that were the one on the page.
 */
export function UnitPicker({ units, unitId, onChange, hint }: { units: Stored<Unit>[]; unitId: string | undefined; onChange(id: string): void; hint?: string }) {
  const t = useStrings();
  const known = units.some((u) => u.id === unitId);
  return (
    <Field label={t.unit} hint={hint}>
      <Select value={known ? unitId : ''} onChange={(_, d) => d.value && onChange(d.value)}>
        {!known && units.length > 0 && <option value="">{t.chooseUnit}</option>}
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * The year select: the years the unit has a plan for (a plan for several years by its span, "2020–2023",
 * chosen by its first year); a year it has none for shows as "Välj år", as above. `eachYear` (follow-up)
 * offers every year of such a plan instead, each followed up on its own.
 */
export function YearPicker({ plans, year, eachYear = false, onChange }: { plans: Stored<Plan>[]; year: number | null | undefined; eachYear?: boolean; onChange(year: number): void }) {
  const t = useStrings();
  const choices = eachYear ? followUpYears(plans).map((y) => ({ year: y, label: String(y) })) : plans.map((p) => ({ year: p.year, label: planYears(p) }));
  const known = choices.some((c) => c.year === year);
  return (
    <Field label={t.year}>
      <Select value={known ? String(year) : ''} disabled={plans.length === 0} onChange={(_, d) => d.value && onChange(Number(d.value))}>
        {!known && plans.length > 0 && <option value="">{t.chooseYear}</option>}
        {choices.map((c) => (
          <option key={c.year} value={String(c.year)}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The follow-up period select (T1, T2, VB); empty until a period is chosen. */
export function PeriodPicker({ period, onChange }: { period: Period | undefined; onChange(period: Period): void }) {
  const t = useStrings();
  return (
    <Field label={t.report.period}>
      <Select value={period ?? ''} onChange={(_, d) => onChange(d.value as Period)}>
        {!period && <option value="" />}
        {Period.options.map((p) => (
          <option key={p} value={p}>
            {t.report.periods[p]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
