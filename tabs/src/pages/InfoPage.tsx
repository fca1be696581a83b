import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalXXL, maxWidth: '60rem' } });

/** The privacy and terms pages the app manifest links to. */
export function InfoPage({ page }: { page: 'privacy' | 'termsofuse' }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Title2 as="h1">{page === 'privacy' ? t.privacyTitle : t.termsTitle}</Title2>
      <Body1 as="p">{page === 'privacy' ? t.privacyText : t.termsText}</Body1>
    </main>
  );
}
