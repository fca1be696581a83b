import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({ newer: { whiteSpace: 'pre-line', margin: 0 } });

export interface ConflictBarProps {
  title: string;
  text: string;
  /** what the other person saved, one line each; none when it is gone */
  newer?: { lines: string; testId: string };
  busy: boolean;
  /** absent when there is nothing to save over (the row is gone) */
  onSaveMine?(): void;
  onUseTheirs(): void;
}

/** Someone else saved first (412): what they saved, and the choice to save over it with the same changes or to take theirs. */
export function ConflictBar({ title, text, newer, busy, onSaveMine, onUseTheirs }: ConflictBarProps) {
  const t = useStrings().competence;
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
        {newer && (
          <Body1 as="p" className={styles.newer} data-testid={newer.testId}>
            {newer.lines}
          </Body1>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {onSaveMine && (
          <Button onClick={onSaveMine} disabledFocusable={busy}>
            {t.saveMine}
          </Button>
        )}
        <Button onClick={onUseTheirs} disabledFocusable={busy}>
          {t.useTheirs}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
