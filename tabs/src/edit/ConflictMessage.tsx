import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { EditThing } from '../i18n/edit';
import { useStrings } from '../i18n/strings';

export interface ConflictMessageProps {
  thing: EditThing;
  /** True when the item was deleted by someone else: nothing to save over or take. */
  deleted: boolean;
  busy: boolean;
  onSaveMine(): void;
  onUseTheirs(): void;
}

/** Says that someone else saved first, and offers to save over their version or to take it. */
export function ConflictMessage({ thing, deleted, busy, onSaveMine, onUseTheirs }: ConflictMessageProps) {
  const t = useStrings().edit;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{deleted ? t.goneTitle(thing) : t.conflictTitle(thing)}</MessageBarTitle>
        {deleted ? t.goneText(thing) : t.conflictText(thing)}
      </MessageBarBody>
      {!deleted && (
        <MessageBarActions>
          <Button onClick={onSaveMine} disabled={busy}>
            {t.saveMine}
          </Button>
          <Button onClick={onUseTheirs} disabled={busy}>
            {t.useTheirs}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
