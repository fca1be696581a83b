import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApprovalRequest, maxLengthOf, type ApprovalAction, type ApprovalTarget, type ApprovalView } from '@vp/shared';
import { useState, type FormEvent } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { DigestSummary } from './DigestSummary';
import { useApprovalStep } from './useApprovalStep';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, '> *': { flexShrink: 0 } },
});

const commentMax = maxLengthOf(ApprovalRequest.shape.comment) ?? undefined;

export interface ApprovalDialogProps {
  api: Pick<ApiClient, 'actOnApproval' | 'getApproval'>;
  target: ApprovalTarget;
  action: ApprovalAction;
  view: ApprovalView;
  onClose(): void;
  /** The step was taken: the view the server answered with */
  onDone(view: ApprovalView): void;
  /** Someone else moved the subject on meanwhile: the view as it is now */
  onCurrent(view: ApprovalView): void;
}

/**
 * Confirms one step: submit, approve (showing what is approved), return (a comment saying what to fix is
 * required) or reopen (a new version starts; the approved one stays readable). A failure keeps the
 * dialog and the comment, with "Försök igen"; someone else's step meanwhile is said with the new state.
 */
export function ApprovalDialog({ api, target, action, view, onClose, onDone, onCurrent }: ApprovalDialogProps) {
  const t = useStrings();
  const a = t.approval;
  const styles = useStyles();
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const step = useApprovalStep({ api, target, action, view, onDone, onCurrent });
  const { problem } = step;
  useReturnFocus(true);

  const stillAllowed = view.allowed.includes(action);
  const confirm = (event?: FormEvent) => {
    event?.preventDefault();
    if (step.sending || !stillAllowed) return;
    if (action === 'return' && !comment.trim()) {
      setMissingComment(true);
      return;
    }
    void step.send(comment.trim());
  };
  const commentMessage = missingComment ? a.dialog.commentRequired : problem?.kind === 'comment' ? problem.message : undefined;

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !step.sending && onClose()}>
      <DialogSurface>
        <form onSubmit={confirm} noValidate>
          <DialogBody>
            <DialogTitle>{a.dialog.titles[action](view.subject)}</DialogTitle>
            <DialogContent className={styles.content}>
              {problem?.kind === 'failed' && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>{a.dialog.failed}</MessageBarTitle>
                    {problem.message}
                  </MessageBarBody>
                  <MessageBarActions>
                    <Button onClick={() => confirm()} disabledFocusable={step.sending}>
                      {t.retry}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              {problem?.kind === 'conflict' && (
                <MessageBar intent="warning" layout="multiline" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>{a.dialog.conflictTitle}</MessageBarTitle>
                    {a.dialog.conflictText(problem.current.subject, problem.current.state, problem.current.version)}
                  </MessageBarBody>
                </MessageBar>
              )}
              {action === 'submit' && <Body1 as="p">{a.dialog.submitText(view.subject)}</Body1>}
              {action === 'approve' && (
                <>
                  <Body1 as="p">{a.dialog.approveText}</Body1>
                  <DigestSummary digest={view.digest} period={view.period} />
                  {view.subject !== 'summary' && <Body1 as="p">{a.dialog.approvePosted}</Body1>}
                </>
              )}
              {action === 'return' && <Body1 as="p">{a.dialog.returnText(view.subject)}</Body1>}
              {action === 'reopen' && <Body1 as="p">{a.dialog.reopenText(view.subject, view.version)}</Body1>}
              <Field
                label={a.dialog.comment}
                required={action === 'return'}
                hint={action === 'return' ? undefined : a.dialog.commentOptional}
                validationState={commentMessage ? 'error' : 'none'}
                validationMessage={commentMessage}
              >
                <Textarea
                  value={comment}
                  maxLength={commentMax}
                  resize="vertical"
                  onChange={(_, data) => {
                    setComment(data.value);
                    if (data.value.trim()) setMissingComment(false);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              {stillAllowed && (
                <Button type="submit" appearance="primary" disabledFocusable={step.sending} icon={step.sending ? <Spinner size="tiny" /> : undefined}>
                  {step.sending ? a.sending : problem?.kind === 'conflict' ? a.dialog.conflictAgain : a.actions[action]}
                </Button>
              )}
              <Button onClick={onClose} disabled={step.sending}>
                {stillAllowed ? a.cancel : a.close}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
