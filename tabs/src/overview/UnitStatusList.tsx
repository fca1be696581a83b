import { Badge, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Overview } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { reportHash } from '../routing';

const colors = { none: 'subtle', draft: 'informative', submitted: 'warning', approved: 'success', returned: 'danger' } as const;

/** Each unit's report status for the period, linking to the report. */
export function UnitStatusList({ overview }: { overview: Overview }) {
  const t = useStrings().report;
  return (
    <Table size="small" aria-label={t.overview.units}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.overview.unit}</TableHeaderCell>
          <TableHeaderCell>{t.overview.reportStatus}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {overview.units.map((u) => (
          <TableRow key={u.unitId}>
            <TableCell>
              <Link href={reportHash(u.unitId, overview.year, overview.period)}>{u.name}</Link>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={colors[u.reportStatus]}>
                {t.status[u.reportStatus]}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
