import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { GoalEntry, assessmentKind, assessments, maxLengthOf, type Assessment, type GoalNode } from '@vp/shared';
import { useCharacterCount } from '../edit/characterCount';
import { useStrings } from '../i18n/strings';
import { Previous } from './Previous';
import { errorKey } from './reportValues';
import { controlId, type ReportForm } from './useReport';
import { useItemStyles } from './styles';

const analysisMax = maxLengthOf(GoalEntry.shape.analysis);

/** An enhetsmål's assessment (forecast in T1/T2, outcome in VB) and analysis. */
export function GoalFields({ goal, form }: { goal: GoalNode; form: ReportForm }) {
  const t = useStrings().report;
  const styles = useItemStyles();
  const v = form.values.goals[goal.id]!;
  const wording = assessmentKind(form.period);
  const key = (field: string) => errorKey('goals', goal.id, field);
  const before = form.view.previous;
  const previous = before?.goals.find((e) => e.goalId === goal.id);
  const counter = useCharacterCount(v.analysis, form.readOnly ? null : analysisMax);
  return (
    <div className={styles.item}>
      <Field label={t.assessmentLabel[wording]} validationMessage={form.errors[key('assessment')] ?? form.errors[key('')]}>
        <RadioGroup
          id={controlId(key('assessment'))}
          layout="horizontal"
          value={v.assessment}
          disabled={form.readOnly}
          onChange={(_, d) => form.set('goals', goal.id, { assessment: d.value as Assessment })}
        >
          {assessments.map((a) => (
            <Radio key={a} value={a} label={t.assessments[wording][a]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t.form.analysis}
        hint={form.readOnly ? undefined : <>{t.form.analysisHint}{counter && <span className={styles.counter}>{counter}</span>}</>}
        validationMessage={form.errors[key('analysis')]}
      >
        <Textarea
          id={controlId(key('analysis'))}
          value={v.analysis}
          readOnly={form.readOnly}
          appearance={form.readOnly ? 'filled-darker' : 'outline'}
          rows={4}
          resize="vertical"
          onChange={(_, d) => form.set('goals', goal.id, { analysis: d.value })}
        />
      </Field>
      {before && (
        <Previous
          period={before.period}
          summary={previous?.assessment ? t.assessments[assessmentKind(before.period)][previous.assessment] : null}
          text={previous?.analysis}
        />
      )}
    </div>
  );
}
