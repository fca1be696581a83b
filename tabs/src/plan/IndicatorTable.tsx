import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { IndicatorNode } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { LabelledCell, useStackedTableStyles } from '../layout/StackedTable';
import { targetText } from '../report/format';
import { Highlighted } from './Highlighted';

/** Indikator | Årsmål | KF:s årsmål | Periodicitet | Enhet — as in the plan documents; a card per indicator on a phone. */
export function IndicatorTable({ indicators, caption }: { indicators: IndicatorNode[]; caption: string }) {
  const t = useStrings();
  const stacked = useStackedTableStyles();
  return (
    <Table size="small" aria-label={caption} className={stacked.table}>
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
            <TableCell className={stacked.title}>
              <Highlighted text={i.name} />
            </TableCell>
            <LabelledCell label={t.annualTarget}>
              <Highlighted text={targetText(i.annualTarget, i.measureUnit)} />
            </LabelledCell>
            <LabelledCell label={t.councilTarget}>
              <Highlighted text={targetText(i.councilTarget, i.measureUnit)} />
            </LabelledCell>
            <LabelledCell label={t.periodicity}>{t.periodicities[i.periodicity]}</LabelledCell>
            <LabelledCell label={t.measureUnit}>
              <Highlighted text={i.measureUnit} />
            </LabelledCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
