import { Badge, Body1, Caption1, Link, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { TodoReason, approvalHash, type TodoItem } from '@vp/shared';
import { useContext } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDateTime } from '../report/format';
import { rowTitle } from './rowTitle';

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalL },
  heading: { ...typographyStyles.subtitle2, margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  comment: { margin: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

/** A deadline as a date: "30 apr. 2021". */
const formatDate = (date: string, language: 'sv' | 'en') =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * Väntar på mig: what waits for the caller, grouped by why (to approve, returned to them with the
 * comment, not yet submitted near its deadline), in the API's order within a group (most urgent first),
 * each linking to the plan, report or summary where it is acted on.
 */
export function TodoList({ items }: { items: readonly TodoItem[] }) {
  const t = useStrings().approval;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  if (items.length === 0) return <Body1 as="p">{t.todo.nothing}</Body1>;
  return (
    <>
      {TodoReason.options.map((reason) => {
        const group = items.filter((i) => i.reason === reason);
        if (group.length === 0) return null;
        const id = `todo-${reason}`;
        return (
          <section key={reason} aria-labelledby={id} className={styles.group}>
            <h3 id={id} className={styles.heading}>
              {t.todo.reasons[reason]} ({group.length})
            </h3>
            <ul className={styles.list}>
              {group.map((item) => (
                <li key={item.approvalId} className={styles.item}>
                  <span className={styles.line}>
                    <Link href={approvalHash(item)}>{rowTitle(t, item)}</Link>
                    <Badge appearance="tint" color={item.state === 'returned' ? 'danger' : item.state === 'submitted' ? 'warning' : 'informative'}>
                      {t.states[item.state]}
                    </Badge>
                  </span>
                  {item.reason === 'returned' && item.changedBy && item.changedAt && <Caption1>{t.returnedBy(item.changedBy.name, formatDateTime(item.changedAt, language))}</Caption1>}
                  {item.reason === 'returned' && item.comment && <blockquote className={styles.comment}>{item.comment}</blockquote>}
                  {item.dueDate && <Caption1>{t.todo.due(formatDate(item.dueDate, language))}</Caption1>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
