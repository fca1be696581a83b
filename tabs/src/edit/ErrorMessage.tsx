import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** A refusal or network error, in the server's own (Swedish) words. */
export function ErrorMessage({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
