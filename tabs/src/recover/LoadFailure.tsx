import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ApiError } from '../api/client';
import { useStrings } from '../i18n/strings';
import { MissingMessage, type WayOn } from './MissingMessage';
import type { Load } from './useLoad';

/** Whether any of the page's loads failed (the page then shows LoadFailure rather than a spinner). */
export const anyFailed = (loads: readonly Load<unknown>[]) => loads.some((l) => l.error !== null);

/**
 * The first failed load's message, in the order the page lists them. "Försök igen" loads every failed
 * one again; the page keeps its unit, year and period. A 404 is no passing trouble: it names what is
 * missing (the server's words) and offers `wayOn` instead.
 */
export function LoadFailure({ loads, wayOn }: { loads: readonly Load<unknown>[]; wayOn?: WayOn }) {
  const t = useStrings();
  const failed = loads.filter((l) => l.error !== null);
  const error = failed[0]?.error;
  if (!error) return null;
  if (error instanceof ApiError && error.status === 404) return <MissingMessage message={error.message} wayOn={wayOn} />;
  const retrying = failed.some((l) => l.loading);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.recover.loadFailed}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => failed.forEach((l) => void l.reload())} disabledFocusable={retrying} icon={retrying ? <Spinner size="tiny" /> : undefined}>
          {retrying ? t.recover.retrying : t.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
