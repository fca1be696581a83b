import { Caption1 } from '@fluentui/react-components';
import { activityStatuses, type CompetenceRollup, type Period, type StatusCounts } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { useCompetenceTableStyles } from './tableStyles';

/** The förvaltning's rows of a period by UBARA category and status, and all rows once each. */
export function CompetenceRollupTable({ rollup, period }: { rollup: CompetenceRollup; period: Period }) {
  const strings = useStrings();
  const t = strings.competence;
  const c = t.rollupColumns;
  const styles = useCompetenceTableStyles();
  const line = (name: string, rows: number, counts: StatusCounts) => (
    <tr key={name}>
      <th scope="row">{name}</th>
      <td>{rows}</td>
      {activityStatuses.map((s) => (
        <td key={s}>{counts[s]}</td>
      ))}
      <td>{counts.missing}</td>
    </tr>
  );
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={t.rollupOf(period)}>
        <thead>
          <tr>
            <th scope="col">{c.category}</th>
            <th scope="col">{c.rows}</th>
            {activityStatuses.map((s) => (
              <th scope="col" key={s}>
                {strings.report.activityStatuses[s]}
              </th>
            ))}
            <th scope="col">{c.missing}</th>
          </tr>
        </thead>
        <tbody>
          {rollup.categories.map((k) => line(t.categories[k.category], k.rows, k.counts))}
          {line(t.allRows, rollup.rows, rollup.total)}
        </tbody>
      </table>
      <Caption1>{t.allRowsHint}</Caption1>
    </div>
  );
}
