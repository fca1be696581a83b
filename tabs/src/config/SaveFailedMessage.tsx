import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import type { SaveFailed } from './saveTab';

/**
 * Why saving the tab failed and what the person can do next: a refused link in the API's (Swedish)
 * words; Teams' own reason is in English and goes back to Teams only.
 */
export function SaveFailedMessage({ failure }: { failure: SaveFailed }) {
  const t = useStrings().config;
  const link = failure.step === 'link';
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{link ? t.linkFailed : t.configFailed}</MessageBarTitle>
        {link ? `${failure.message} ${t.linkFailedHint}` : t.configFailedHint}
      </MessageBarBody>
    </MessageBar>
  );
}
