import { Caption1, Caption1Strong } from '@fluentui/react-components';
import type { Period } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { useItemStyles } from './styles';

/** The previous period's answer beside the current one, read-only: "T1: Delvis" and its text. */
export function Previous({ period, summary, text }: { period: Period; summary: string | null; text?: string }) {
  const t = useStrings().report;
  const styles = useItemStyles();
  return (
    <div className={styles.previous}>
      <Caption1Strong>{t.form.previous(period, summary ?? t.notFilled)}</Caption1Strong>
      {text && (
        <>
          <br />
          <Caption1>{text}</Caption1>
        </>
      )}
    </div>
  );
}
