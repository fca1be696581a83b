import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { IndicatorNode } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { targetText } from '../report/format';
import { Highlighted } from './Highlighted';

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
            <TableCell>
              <Highlighted text={i.name} />
            </TableCell>
            <TableCell>
              <Highlighted text={targetText(i.annualTarget, i.measureUnit)} />
            </TableCell>
            <TableCell>
              <Highlighted text={targetText(i.councilTarget, i.measureUnit)} />
            </TableCell>
            <TableCell>{t.periodicities[i.periodicity]}</TableCell>
            <TableCell>
              <Highlighted text={i.measureUnit} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
