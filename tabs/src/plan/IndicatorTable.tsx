import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { IndicatorNode } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { targetText } from '../report/format';

/** Indikator | Årsmål | KF:s årsmål | Periodicitet | Enhet — as in the plan documents. */
export function IndicatorTable({ indicators, caption }: { indicators: IndicatorNode[]; caption: string }) {
  const t = useStrings();
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.indicator}</TableHeaderCell>
          <TableHeaderCell>{t.annualTarget}</TableHeaderCell>
          <TableHeaderCell>{t.councilTarget}</TableHeaderCell>
          <TableHeaderCell>{t.periodicity}</TableHeaderCell>
          <TableHeaderCell>{t.measureUnit}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {indicators.map((i) => (
          <TableRow key={i.id}>
            <TableCell>{i.name}</TableCell>
            <TableCell>{targetText(i.annualTarget, i.measureUnit)}</TableCell>
            <TableCell>{targetText(i.councilTarget, i.measureUnit)}</TableCell>
            <TableCell>{t.periodicities[i.periodicity]}</TableCell>
            <TableCell>{i.measureUnit}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
