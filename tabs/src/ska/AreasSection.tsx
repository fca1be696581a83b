import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { skaAreaFieldLabels, skaAreaHeading, skaFollowUpLabels, type StoredSkaArea } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { useSkaStyles } from './styles';

/** A labelled text or list of an area, left out when empty. */
function Part({ label, value }: { label: string; value: string | readonly string[] }) {
  const styles = useSkaStyles();
  const text = typeof value === 'string' ? value : value.map((line) => `• ${line}`).join('\n');
  if (!text) return null;
  return (
    <>
      <Body1 block as="p">
        <strong>{label}</strong>
      </Body1>
      <Body1 block as="p" className={styles.text}>
        {text}
      </Body1>
    </>
  );
}

/** A förbättrings- or utvecklingsområde with its fields under the plan's labels. */
export function AreaBlock({ area, onEdit }: { area: StoredSkaArea; onEdit?(area: StoredSkaArea): void }) {
  const t = useStrings().ska;
  const styles = useSkaStyles();
  const labels = skaAreaFieldLabels(area);
  const heading = skaAreaHeading(area);
  return (
    <section className={styles.block} aria-label={heading}>
      <Subtitle2 block as="h3">{heading}</Subtitle2>
      {(['background', 'desired', 'evidence', 'focus', 'actions', 'decidedBy', 'timeline', 'followUpPlan'] as const).map((field) => (
        <Part key={field} label={labels[field]} value={area[field]} />
      ))}
      {onEdit && <Button onClick={() => onEdit(area)}>{t.editArea(heading)}</Button>}
    </section>
  );
}

/** The previous läsår's area followed up this läsår (önskvärd förbättring, vidtagna åtgärder, resultat …). */
export function FollowUpBlock({ area, onEdit }: { area: StoredSkaArea; onEdit?(area: StoredSkaArea): void }) {
  const t = useStrings().ska;
  const styles = useSkaStyles();
  const heading = skaAreaHeading(area);
  // Folded: the follow-ups are long, and the result tables follow them.
  return (
    <details className={styles.block}>
      <summary>
        <Subtitle2>{heading}</Subtitle2>
      </summary>
      {area.followUp ? (
        (Object.keys(skaFollowUpLabels) as (keyof typeof skaFollowUpLabels)[]).map((field) => <Part key={field} label={skaFollowUpLabels[field]} value={area.followUp![field]} />)
      ) : (
        <Body1 block as="p">{t.noFollowUp}</Body1>
      )}
      {onEdit && <Button onClick={() => onEdit(area)}>{t.editFollowUp(heading)}</Button>}
    </details>
  );
}
