import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { assessmentKind, type AgendaItem, type AgendaItemDetail } from '@vp/shared';
import { useContext } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { LoadFailure } from '../recover/LoadFailure';
import type { Load } from '../recover/useLoad';
import { formatDay } from '../apt/format';
import { withDetail } from './useAgendaDetail';

// Sizes in rem of the page's own font: read at a distance, on a projector or a shared meeting stage.
const useStyles = makeStyles({
  point: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  position: { fontSize: '1.25rem', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, margin: 0 },
  title: { fontSize: '2.5rem', lineHeight: 1.15, fontWeight: tokens.fontWeightBold, margin: 0, overflowWrap: 'anywhere' },
  subtitle: { fontSize: '1.6rem', lineHeight: 1.25, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { fontSize: '1.35rem', lineHeight: 1.45, margin: 0, whiteSpace: 'pre-line' },
  reasons: { fontSize: '1.2rem', lineHeight: 1.4, margin: 0, paddingLeft: '1.4em', color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: {
    borderCollapse: 'collapse',
    fontSize: '1.25rem',
    width: '100%',
    '& th, & td': { textAlign: 'left', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'top' },
    '& th': { fontWeight: tokens.fontWeightSemibold },
  },
  below: { fontWeight: tokens.fontWeightBold, color: tokens.colorPaletteRedForeground1 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, fontSize: '1.35rem', margin: 0, '& dt': { fontWeight: tokens.fontWeightSemibold }, '& dd': { margin: 0 } },
});

export interface AgendaPointProps {
  item: AgendaItem;
  index: number;
  count: number;
  detail: Load<AgendaItemDetail>;
}

/** One agenda point as large as the stage allows: where it is on the agenda, why it is there, and what it is about. */
export function AgendaPoint({ item, index, count, detail }: AgendaPointProps) {
  const strings = useStrings();
  const t = strings.stage;
  const styles = useStyles();
  const shown = detail.data?.item.id === item.id ? detail.data : undefined;
  return (
    <article className={styles.point} aria-labelledby="stage-point-title">
      <p className={styles.position}>{t.position(index + 1, count)}</p>
      <h2 id="stage-point-title" className={styles.title}>
        {item.title}
      </h2>
      {item.reasons.length > 0 && (
        <section className={styles.section} aria-label={t.reasons}>
          <ul className={styles.reasons}>
            {item.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </section>
      )}
      {withDetail(item) ? (
        shown ? (
          <Detail detail={shown} />
        ) : detail.error ? (
          <LoadFailure loads={[detail]} />
        ) : (
          <Spinner size="small" label={strings.loading} />
        )
      ) : null}
    </article>
  );
}

function Detail({ detail }: { detail: AgendaItemDetail }) {
  return (
    <>
      {detail.goal && <GoalDetail goal={detail.goal} sameTitle={detail.goal.heading === detail.item.title} />}
      {detail.decision && <DecisionDetail decision={detail.decision} />}
    </>
  );
}

function GoalDetail({ goal, sameTitle }: { goal: NonNullable<AgendaItemDetail['goal']>; sameTitle: boolean }) {
  const t = useStrings().stage;
  const g = t.goal;
  const styles = useStyles();
  const kind = assessmentKind(goal.period);
  return (
    <>
      {!sameTitle && <h3 className={styles.subtitle}>{goal.heading}</h3>}
      {goal.description && <p className={styles.text}>{goal.description}</p>}
      {goal.indicators.length > 0 && (
        <section className={styles.section} aria-labelledby="stage-indicators">
          <h3 id="stage-indicators" className={styles.subtitle}>
            {g.indicators}
          </h3>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{g.indicator}</th>
                <th scope="col">{g.latest}</th>
                <th scope="col">{g.target}</th>
                <th scope="col">{g.status}</th>
              </tr>
            </thead>
            <tbody>
              {goal.indicators.map((i) => (
                <tr key={i.indicatorId}>
                  <th scope="row">{i.name}</th>
                  <td>{i.latest ? `${i.latest.value} (${i.latest.period})` : g.noValue}</td>
                  <td>{i.target ?? '–'}</td>
                  {/* Said in words, not only in colour: a projector washes colours out. */}
                  <td className={i.belowTarget ? styles.below : undefined}>{i.belowTarget === null ? '–' : i.belowTarget ? `⚠ ${g.belowTarget}` : g.atTarget}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {goal.activities.length > 0 && (
        <section className={styles.section} aria-labelledby="stage-activities">
          <h3 id="stage-activities" className={styles.subtitle}>
            {g.activities}
          </h3>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{g.activity}</th>
                <th scope="col">{g.activityStatus}</th>
              </tr>
            </thead>
            <tbody>
              {goal.activities.map((a) => (
                <tr key={a.activityId}>
                  <td>{a.text}</td>
                  <td>{a.status ? g.activityStatuses[a.status] : g.noStatus}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className={styles.section} aria-labelledby="stage-assessment">
        <h3 id="stage-assessment" className={styles.subtitle}>
          {g.period(goal.period)}
        </h3>
        <dl className={styles.facts}>
          <dt>{g.assessmentLabel[kind]}</dt>
          <dd>{goal.assessment ? g.assessments[kind][goal.assessment] : g.notAssessed}</dd>
          <dt>{g.analysis}</dt>
          <dd className={styles.text}>{goal.analysis.trim() || g.noAnalysis}</dd>
        </dl>
      </section>
    </>
  );
}

function DecisionDetail({ decision }: { decision: NonNullable<AgendaItemDetail['decision']> }) {
  const stage = useStrings().stage;
  const t = stage.decision;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="stage-decision">
      <h3 id="stage-decision" className={styles.subtitle}>
        {t.heading}
      </h3>
      <p className={styles.text}>{decision.text}</p>
      <dl className={styles.facts}>
        <dt>{t.responsible}</dt>
        <dd>{decision.responsible ?? t.none}</dd>
        <dt>{t.due}</dt>
        <dd>{decision.due ? formatDay(decision.due, language) : t.none}</dd>
        <dt>{stage.goal.status}</dt>
        <dd>{decision.closedAt ? t.closed : t.open}</dd>
      </dl>
    </section>
  );
}
