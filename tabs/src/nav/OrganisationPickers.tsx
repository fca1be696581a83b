import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { Stored, Unit } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { organisationLabel, planChoices } from './planChoices';
import type { OrganisationChoice } from './useOrganisationChoice';

export interface OrganisationPickersProps {
  choice: OrganisationChoice;
  /** every unit the caller reads (the organisation's first one is where choosing the organisation leads) */
  units: readonly Stored<Unit>[];
  /** the hash of the plan on the page, shown as chosen when the plan picker offers it */
  currentHash: string | undefined;
  /** navigates (the page may ask first); the default sets the hash */
  onNavigate?(hash: string): void;
}

// A native select is as wide as its longest option ("Mälarhöjden/Västertorps förskolor: Verksamhetsplan 2021"):
// on a phone it shrinks to the window and the chosen option's text is cut instead.
const useStyles = makeStyles({
  field: { minWidth: 0, maxWidth: '100%', gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0, maxWidth: '100%' },
  native: { minWidth: 0, textOverflow: 'ellipsis' },
});

const go = (hash: string) => {
  window.location.hash = hash;
};

/**
 * Organisation (förvaltning) and plan: the organisation select appears when the caller reads more than
 * one; the plan select offers the chosen organisation's plans of every kind. Native selects: keyboard and
 * screen readers work as everywhere, and they fit a phone's width.
 */
export function OrganisationPickers({ choice, units, currentHash, onNavigate = go }: OrganisationPickersProps) {
  const t = useStrings();
  const styles = useStyles();
  const { forvaltningar, forvaltningId, plans, ska } = choice;
  const choices = plans && forvaltningId ? planChoices(plans, ska ?? [], units, forvaltningId, t) : [];
  const knownPlan = choices.some((c) => c.hash === currentHash);
  const knownOrganisation = forvaltningar.some((f) => f.id === forvaltningId);
  return (
    <>
      {forvaltningar.length > 1 && (
        <Field label={t.organisation} className={styles.field}>
          <Select className={styles.select} select={{ className: styles.native }} value={knownOrganisation ? forvaltningId : ''} onChange={(_, d) => d.value && d.value !== forvaltningId && void choice.startOf(d.value, units).then(onNavigate)}>
            {!knownOrganisation && <option value="" />}
            {forvaltningar.map((f) => (
              <option key={f.id} value={f.id}>
                {organisationLabel(f)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t.plan} className={styles.field}>
        <Select className={styles.select} select={{ className: styles.native }} value={knownPlan ? currentHash : ''} disabled={choices.length === 0} onChange={(_, d) => d.value && d.value !== currentHash && onNavigate(d.value)}>
          {!knownPlan && <option value="">{t.choosePlan}</option>}
          {choices.map((c) => (
            <option key={c.hash} value={c.hash}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
