import { Body1, Button, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { Me } from '@vp/shared';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '40rem', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'start' },
});

/** Signed in, but the API gives them nothing (no role, or no unit's group): who they are and the API's reason. */
export function NoAccess({ me, onRetry }: { me: Me; onRetry(): void }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1">{t.signIn.noAccessTitle}</Title2>
      <Body1 as="p">{me.reason}</Body1>
      <Body1 as="p">{t.signIn.noAccessWho(me.name)}</Body1>
      <Body1 as="p">{t.signIn.noAccessHelp}</Body1>
      <Button onClick={onRetry}>{t.retry}</Button>
    </main>
  );
}
