import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { IndicatorRollup, Overview, UnitIndicatorValue } from '@vp/shared';
import { useStrings, type Strings } from '../i18n/strings';
import { countText, targetText, valueText } from '../report/format';
import { useColumnStyles } from './columns';
import { ExpandableRow } from './ExpandableRow';

const COLUMNS = 7;

type Figures = Omit<UnitIndicatorValue, 'unitId'>;

/** The förvaltning's indicators: value by the declared rule, targets, the comparison in words, and who is missing. */
export function IndicatorRollupTable({ overview }: { overview: Overview }) {
  const t = useStrings().report.overview;
  const columns = useColumnStyles();
  const nameOf = (unitId: string) => overview.units.find((u) => u.unitId === unitId)?.name ?? unitId;
  return (
    <Table size="small" aria-label={t.indicators}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={columns.name}>{t.indicator}</TableHeaderCell>
          <TableHeaderCell>{t.value}</TableHeaderCell>
          <TableHeaderCell>{t.annualTarget}</TableHeaderCell>
          <TableHeaderCell>{t.councilTarget}</TableHeaderCell>
          <TableHeaderCell className={columns.comparison}>{t.comparison}</TableHeaderCell>
          <TableHeaderCell className={columns.missing}>{t.missing}</TableHeaderCell>
          <TableHeaderCell className={columns.toggle}>{t.details}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {overview.indicators.map((i) => (
          <ExpandableRow
            key={i.indicatorId}
            columns={COLUMNS}
            showLabel={t.showUnits(i.name)}
            hideLabel={t.hideUnits(i.name)}
            toggleText={t.toggle}
            cells={
              <>
                <TableCell>
                  {i.name}
                  {i.measureUnit && i.measureUnit !== '%' && (
                    <>
                      <br />
                      <Caption1>{i.measureUnit}</Caption1>
                    </>
                  )}
                </TableCell>
                <TableCell>{valueText(i.value, i.measureUnit)}</TableCell>
                <TableCell>{targetText(i.annualTarget, i.measureUnit)}</TableCell>
                <TableCell>{targetText(i.councilTarget, i.measureUnit)}</TableCell>
                <TableCell>{comparisonText(i, t)}</TableCell>
                <TableCell>{i.missingUnitIds.length ? i.missingUnitIds.map(nameOf).join(', ') : t.noneMissing}</TableCell>
              </>
            }
          >
            <UnitValues indicator={i} nameOf={nameOf} />
          </ExpandableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** "Når årsmålet, når inte KF:s årsmål (högre är bättre)", or "–" with nothing to compare. */
function comparisonText(i: IndicatorRollup, t: Strings['report']['overview']): string {
  const parts = [i.vsAnnualTarget && t.vs.annual[i.vsAnnualTarget], i.vsCouncilTarget && t.vs.council[i.vsCouncilTarget]].filter(Boolean);
  if (parts.length === 0) return '–';
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} (${t.direction[i.direction]})`;
}

/** Each reporting unit's value and the counts behind it, and the pooled total. */
function UnitValues({ indicator: i, nameOf }: { indicator: IndicatorRollup; nameOf(id: string): string }) {
  const t = useStrings().report.overview;
  const rule = i.aggregation;
  const countsHeader = rule.rule === 'ratioOfSums' ? `${rule.numerator} / ${rule.denominator}` : rule.rule === 'weightedMean' ? rule.weight : null;
  const counts = (v: Figures) => (rule.rule === 'ratioOfSums' ? `${countText(v.numerator)} / ${countText(v.denominator)}` : countText(v.weight));
  const rows: (Figures & { key: string; name: string })[] = [
    ...i.unitValues.map((v) => ({ ...v, key: v.unitId, name: nameOf(v.unitId) })),
    { key: ' total', name: t.total, value: i.value, numerator: i.numerator, denominator: i.denominator, weight: i.weight },
  ];
  return (
    <Table size="extra-small" aria-label={t.unitValues(i.name)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.unit}</TableHeaderCell>
          <TableHeaderCell>{t.unitValue}</TableHeaderCell>
          {countsHeader && <TableHeaderCell>{`${t.counts}: ${countsHeader}`}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((v) => (
          <TableRow key={v.key}>
            <TableCell>{v.key === ' total' ? <strong>{v.name}</strong> : v.name}</TableCell>
            <TableCell>{valueText(v.value, i.measureUnit)}</TableCell>
            {countsHeader && <TableCell>{counts(v)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
