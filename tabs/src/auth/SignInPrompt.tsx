import { Body1, Button, MessageBar, MessageBarBody, Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import { signInFailureText } from './signInFailure';
import type { Session } from './useSession';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '40rem', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'start' },
});

/** When only the person can go on (first sign-in, consent): what is asked and why, in Swedish, and the button. */
export function SignInPrompt({ session }: { session: Extract<Session, { state: 'signIn' }> }) {
  const t = useStrings().signIn;
  const styles = useStyles();
  const inTeams = session.kind !== 'redirect';
  const failure = signInFailureText(t, session);
  return (
    <main className={styles.page}>
      <Title2 as="h1">{t.title}</Title2>
      <Body1 as="p">{inTeams ? t.explainTeams : t.explainBrowser}</Body1>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.failed} {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={session.signIn} disabledFocusable={session.busy} icon={session.busy ? <Spinner size="tiny" /> : undefined}>
        {session.busy ? t.signingIn : inTeams ? t.continueTeams : t.continueBrowser}
      </Button>
    </main>
  );
}
