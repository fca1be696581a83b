import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { activityStatuses, type ActivityRollup, type Overview } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { LabelledCell, useStackedTableStyles } from '../layout/StackedTable';
import { useColumnStyles } from './columns';
import { ExpandableRow } from './ExpandableRow';

const COLUMNS = 7;

/** Each förvaltning activity: how many units report each status, with each unit's status and comment on demand. */
export function ActivityRollupTable({ overview }: { overview: Overview }) {
  const t = useStrings().report;
  const columns = useColumnStyles();
  const stacked = useStackedTableStyles();
  return (
    <Table size="small" aria-label={t.overview.activities} className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={columns.activity}>{t.overview.activity}</TableHeaderCell>
          {activityStatuses.map((s) => (
            <TableHeaderCell key={s}>{t.activityStatuses[s]}</TableHeaderCell>
          ))}
          <TableHeaderCell>{t.overview.missing}</TableHeaderCell>
          <TableHeaderCell className={columns.toggle}>{t.overview.details}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {overview.activities.map((a) => (
          <ExpandableRow
            key={a.activityId}
            columns={COLUMNS}
            showLabel={t.overview.showActivity(a.text)}
            hideLabel={t.overview.hideActivity(a.text)}
            toggleText={t.overview.toggle}
            cells={
              <>
                <TableCell className={stacked.title}>{a.text}</TableCell>
                {activityStatuses.map((s) => (
                  <LabelledCell key={s} label={t.activityStatuses[s]}>
                    {a.counts[s]}
                  </LabelledCell>
                ))}
                <LabelledCell label={t.overview.missing}>{a.counts.missing}</LabelledCell>
              </>
            }
          >
            <PerUnit activity={a} overview={overview} />
          </ExpandableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function PerUnit({ activity, overview }: { activity: ActivityRollup; overview: Overview }) {
  const t = useStrings().report;
  const stacked = useStackedTableStyles();
  const nameOf = (unitId: string) => overview.units.find((u) => u.unitId === unitId)?.name ?? unitId;
  return (
    <Table size="extra-small" aria-label={t.overview.activityUnits(activity.text)} className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.overview.unit}</TableHeaderCell>
          <TableHeaderCell>{t.overview.activityStatus}</TableHeaderCell>
          <TableHeaderCell>{t.form.comment}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {activity.perUnit.map((u) => (
          <TableRow key={u.unitId}>
            <TableCell className={stacked.title}>{nameOf(u.unitId)}</TableCell>
            <LabelledCell label={t.overview.activityStatus}>{u.status ? t.activityStatuses[u.status] : t.notFilled}</LabelledCell>
            <LabelledCell label={t.form.comment}>{u.comment || '–'}</LabelledCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
