import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import type { Session } from './useSession';

const useStyles = makeStyles({ page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '40rem' } });

/** Signing in could not even start (the server unreachable, MSAL failing): why, and Försök igen. */
export function SessionFailed({ session }: { session: Extract<Session, { state: 'failed' }> }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.signIn.failed}</MessageBarTitle>
          {session.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={session.retry}>{t.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}
