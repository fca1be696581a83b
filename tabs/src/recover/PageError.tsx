import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { FallbackProps } from 'react-error-boundary';
import { useStrings } from '../i18n/strings';
import { PageLoadError } from './retryableLazy';
import { useWhenBack } from './useWhenBack';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '75rem', margin: '0 auto' },
});

/** What shows instead of a page that could not be loaded or shown, with "Försök igen". */
export function PageError({ error, resetErrorBoundary }: FallbackProps) {
  const t = useStrings();
  const styles = useStyles();
  const notLoaded = error instanceof PageLoadError;
  // A failed download is worth trying by itself once the network is back; a bug would only fail again.
  useWhenBack(notLoaded, () => resetErrorBoundary());
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.recover.pageFailed}</MessageBarTitle>
          {notLoaded ? t.recover.pageNotLoaded : t.recover.pageBroken}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => resetErrorBoundary()}>{t.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  );
}
