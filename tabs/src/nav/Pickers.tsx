import { Field, Select } from '@fluentui/react-components';
import { Period, type Plan, type Stored, type Unit } from '@vp/shared';
import { useStrings } from '../i18n/strings';

/** The unit select of the plan, report and config pages; `placeholder` adds an empty first choice. */
export function UnitPicker({ units, unitId, onChange, placeholder, hint }: { units: Stored<Unit>[]; unitId: string | undefined; onChange(id: string): void; placeholder?: string; hint?: string }) {
  const t = useStrings();
  return (
    <Field label={t.unit} hint={hint}>
      <Select value={unitId ?? ''} onChange={(_, d) => onChange(d.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The year select: the years the unit has a plan for. */
export function YearPicker({ plans, year, onChange }: { plans: Stored<Plan>[]; year: number | null | undefined; onChange(year: number): void }) {
  const t = useStrings();
  return (
    <Field label={t.year}>
      <Select value={year ? String(year) : ''} disabled={plans.length === 0} onChange={(_, d) => onChange(Number(d.value))}>
        {plans.map((p) => (
          <option key={p.year}>{p.year}</option>
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
