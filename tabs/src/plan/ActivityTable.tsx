import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { ActivityNode } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { LabelledCell, useStackedTableStyles } from '../layout/StackedTable';
import { Highlighted } from './Highlighted';
import type { PlanActions } from './PlanActions';

const useStyles = makeStyles({ actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS } });

/** Aktivitet | Startdatum | Slutdatum | Ansvarig — the unit's own rows can be edited; a card per activity on a phone. */
export function ActivityTable({ activities, caption, actions }: { activities: ActivityNode[]; caption: string; actions?: PlanActions }) {
  const t = useStrings();
  const styles = useStyles();
  const stacked = useStackedTableStyles();
  const editable = actions && activities.some((a) => a.owner === 'unit');
  return (
    <Table size="small" aria-label={caption} className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.activity}</TableHeaderCell>
          <TableHeaderCell>{t.start}</TableHeaderCell>
          <TableHeaderCell>{t.end}</TableHeaderCell>
          <TableHeaderCell>{t.responsible}</TableHeaderCell>
          {editable && <TableHeaderCell>{t.edit.edit}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {activities.map((a) => (
          <TableRow key={a.id}>
            <TableCell className={stacked.title}>
              <Highlighted text={a.text} />
            </TableCell>
            <LabelledCell label={t.start} className={stacked.nowrap}>
              <Highlighted text={a.start} />
            </LabelledCell>
            <LabelledCell label={t.end} className={stacked.nowrap}>
              <Highlighted text={a.end} />
            </LabelledCell>
            <LabelledCell label={t.responsible}>{a.responsible ? <Highlighted text={a.responsible} /> : '–'}</LabelledCell>
            {editable && (
              <TableCell>
                {a.owner === 'unit' && actions && (
                  <span className={styles.actions}>
                    <Button size="small" onClick={() => actions.editActivity(a)} aria-label={`${t.edit.edit}: ${a.text}`}>
                      {t.edit.edit}
                    </Button>
                    <Button size="small" onClick={() => actions.deleteActivity(a)} aria-label={`${t.edit.delete}: ${a.text}`}>
                      {t.edit.delete}
                    </Button>
                  </span>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
