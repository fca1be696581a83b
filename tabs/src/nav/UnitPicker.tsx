import { Field, Select } from '@fluentui/react-components';
import type { Plan, Stored, Unit } from '@vp/shared';
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
