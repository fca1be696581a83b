import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Me } from '@vp/shared';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  bar: { maxWidth: '75rem', margin: '0 auto', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL} 0`, display: 'flex', justifyContent: 'flex-end' },
});

/** Who is signed in (entra mode), above every page. */
export function SignedInAs({ me }: { me: Me }) {
  const t = useStrings().signIn;
  const styles = useStyles();
  return (
    <header className={styles.bar}>
      <Caption1>{t.signedInAs(me.name)}</Caption1>
    </header>
  );
}
