import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { IndicatorNode, Target } from '@vp/shared';
import { useStrings } from '../i18n/strings';

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

export function formatTarget(target: Target | null, measureUnit: string): string {
  if (!target) return '–';
  if (target.type === 'text') return target.text;
  return measureUnit === '%' ? `${number.format(target.value)} %` : number.format(target.value);
}

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
            <TableCell>{formatTarget(i.annualTarget, i.measureUnit)}</TableCell>
            <TableCell>{formatTarget(i.councilTarget, i.measureUnit)}</TableCell>
            <TableCell>{t.periodicities[i.periodicity]}</TableCell>
            <TableCell>{i.measureUnit}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
