import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { ActivityNode } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { Highlighted } from './Highlighted';
import type { PlanActions } from './PlanActions';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalXS } });

/** Aktivitet | Startdatum | Slutdatum | Ansvarig — the unit's own rows can be edited. */
export function ActivityTable({ activities, caption, actions }: { activities: ActivityNode[]; caption: string; actions?: PlanActions }) {
  const t = useStrings();
  const styles = useStyles();
  const editable = actions && activities.some((a) => a.owner === 'unit');
  return (
    <Table size="small" aria-label={caption}>
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
            <TableCell>
              <Highlighted text={a.text} />
            </TableCell>
            <TableCell>
              <Highlighted text={a.start} />
            </TableCell>
            <TableCell>
              <Highlighted text={a.end} />
            </TableCell>
            <TableCell>{a.responsible ? <Highlighted text={a.responsible} /> : '–'}</TableCell>
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
