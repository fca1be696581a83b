import { Caption1, Field, Select, Textarea } from '@fluentui/react-components';
import { ActivityEntry, activityStatuses, maxLengthOf, type ActivityNode, type ActivityStatus } from '@vp/shared';
import { useCharacterCount } from '../edit/characterCount';
import { useStrings } from '../i18n/strings';
import { Previous } from './Previous';
import { errorKey } from './reportValues';
import { useItemStyles } from './styles';
import { controlId, type ReportForm } from './useReport';

const commentMax = maxLengthOf(ActivityEntry.shape.comment);

/** An activity's status and comment; the förvaltning's activities are reported by every unit. */
export function ActivityFields({ activity, form }: { activity: ActivityNode; form: ReportForm }) {
  const t = useStrings().report;
  const styles = useItemStyles();
  const v = form.values.activities[activity.id]!;
  const key = (field: string) => errorKey('activities', activity.id, field);
  const before = form.view.previous;
  const previous = before?.activities.find((e) => e.activityId === activity.id);
  const counter = useCharacterCount(v.comment, form.readOnly ? null : commentMax);
  return (
    <fieldset className={styles.item}>
      <legend className={styles.legend}>{activity.text}</legend>
      <Caption1 className={styles.meta}>
        {t.form.activityOwner[activity.owner]} · <span className={styles.nowrap}>{activity.start}</span> – <span className={styles.nowrap}>{activity.end}</span>
      </Caption1>
      <div className={styles.row}>
        <Field label={t.form.activityStatus} validationMessage={form.errors[key('status')] ?? form.errors[key('')]}>
          <Select
            id={controlId(key('status'))}
            value={v.status}
            disabled={form.readOnly}
            onChange={(_, d) => form.set('activities', activity.id, { status: d.value as ActivityStatus | '' })}
          >
            <option value="">{t.form.chooseStatus}</option>
            {activityStatuses.map((s) => (
              <option key={s} value={s}>
                {t.activityStatuses[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.form.comment} hint={counter ?? undefined} validationMessage={form.errors[key('comment')]} className={styles.grow}>
          <Textarea
            id={controlId(key('comment'))}
            value={v.comment}
            readOnly={form.readOnly}
            appearance={form.readOnly ? 'filled-darker' : 'outline'}
            rows={1}
            resize="vertical"
            onChange={(_, d) => form.set('activities', activity.id, { comment: d.value })}
          />
        </Field>
      </div>
      {before && <Previous period={before.period} summary={previous?.status ? t.activityStatuses[previous.status] : null} text={previous?.comment} />}
    </fieldset>
  );
}
