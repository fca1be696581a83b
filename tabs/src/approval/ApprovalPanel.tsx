import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { ApprovalAction, type ApprovalState, type ApprovalView } from '@vp/shared';
import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import { LanguageContext, useStrings } from '../i18n/strings';
import { LoadFailure } from '../recover/LoadFailure';
import { formatDateTime } from '../report/format';
import { ApprovalDialog } from './ApprovalDialog';
import { ApprovalHistory } from './ApprovalHistory';
import { ApprovedChanges } from './ApprovedChanges';
import { ChannelPosts } from './ChannelPosts';
import type { Approval } from './useApproval';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    marginBottom: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
  comment: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

// As the report's header colours its status.
const colors: Record<ApprovalState, 'informative' | 'warning' | 'success' | 'danger'> = { draft: 'informative', submitted: 'warning', approved: 'success', returned: 'danger' };

/** The approver's steps first: what the caller most likely came to do. */
const buttonOrder: readonly ApprovalAction[] = ['approve', 'submit', 'return', 'reopen'];

export interface ApprovalPanelProps {
  api: Pick<ApiClient, 'getApproval' | 'actOnApproval' | 'retryPost' | 'getApprovalChanges'>;
  /** The page's useApproval: the page reads the state too (editing waits while it is submitted or approved) */
  approval: Approval;
  /** The steps the panel offers (all the caller may take, unless the page offers one itself: the report's form has Skicka in) */
  offered?: readonly ApprovalAction[];
  /** The subject moved on (a step here, or someone else's found by a conflict): the page reads its content again */
  onChanged?(view: ApprovalView): void;
}

/**
 * Beside a plan, report or summary: where it stands (state, version), the steps the caller may take
 * (only those the API allows), the returning comment while it is returned, the history and the
 * messages to the unit's channel with their cards.
 */
export function ApprovalPanel({ api, approval, offered = ApprovalAction.options, onChanged }: ApprovalPanelProps) {
  const t = useStrings();
  const a = t.approval;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { target, view, load, answered } = approval;
  const [acting, setActing] = useState<ApprovalAction | null>(null);
  const [stepped, setStepped] = useState(0);

  // After a step the button that opened the dialog may be gone: focus goes to the panel's heading.
  useEffect(() => {
    if (stepped > 0) heading.current?.focus();
  }, [stepped]);

  const moved = (next: ApprovalView) => {
    answered(next);
    onChanged?.(next);
  };
  const lastReturn = view?.state === 'returned' ? [...view.history].sort((x, y) => y.at.localeCompare(x.at)).find((s) => s.action === 'return') : undefined;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
          {a.title}
        </h2>
        {view && (
          <>
            <Badge size="large" appearance="filled" color={colors[view.state]}>
              {a.states[view.state]}
            </Badge>
            <Caption1>{a.version(view.version)}</Caption1>
            <div className={styles.buttons}>
              {buttonOrder
                .filter((action) => view.allowed.includes(action) && offered.includes(action))
                .map((action) => (
                  <Button key={action} appearance={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'} onClick={() => setActing(action)}>
                    {a.actions[action]}
                  </Button>
                ))}
            </div>
          </>
        )}
      </div>
      {(view?.state === 'submitted' || view?.state === 'approved') && <Caption1>{a.locked[view.state]}</Caption1>}
      <LoadFailure loads={[load]} />
      {!view && !load.error && <Spinner size="tiny" label={t.loading} />}
      {lastReturn && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{a.returnedBy(lastReturn.by.name, formatDateTime(lastReturn.at, language))}</MessageBarTitle>
            <span className={styles.comment}>{lastReturn.comment}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {view && (
        <Accordion multiple collapsible defaultOpenItems={['history']}>
          <AccordionItem value="history">
            <AccordionHeader as="h3">{a.history.title(view.history.length)}</AccordionHeader>
            <AccordionPanel>
              <ApprovalHistory history={view.history} />
            </AccordionPanel>
          </AccordionItem>
          {view.history.some((step) => step.action === 'approve') && (
            <AccordionItem value="changes">
              <AccordionHeader as="h3">{a.changes.title}</AccordionHeader>
              <AccordionPanel>
                <ApprovedChanges api={api} target={target} />
              </AccordionPanel>
            </AccordionItem>
          )}
          {view.posts.length > 0 && (
            <AccordionItem value="posts">
              <AccordionHeader as="h3">{a.posts.title(view.posts.length)}</AccordionHeader>
              <AccordionPanel>
                <ChannelPosts api={api} posts={view.posts} onChanged={() => void load.reload()} />
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
      {acting && view && (
        <ApprovalDialog
          api={api}
          target={target}
          action={acting}
          view={view}
          onClose={() => setActing(null)}
          onCurrent={moved}
          onDone={(next) => {
            setActing(null);
            moved(next);
            setStepped((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
