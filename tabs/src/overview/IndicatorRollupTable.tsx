import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { rollupNotes, type IndicatorRollup, type Overview, type UnitIndicatorValue } from '@vp/shared';
import type { ReactNode } from 'react';
import { useStrings, type Strings } from '../i18n/strings';
import { countText, targetText, valueText } from '../report/format';
import { useColumnStyles } from './columns';
import { ExpandableRow } from './ExpandableRow';

const COLUMNS = 7;

type Figures = Omit<UnitIndicatorValue, 'unitId'>;

/**
 * The förvaltning's indicators: value by the declared rule, targets, the comparison in words, and who is
 * missing. A value that leaves out a unit, or pools figures with a warning, says so in words beside it.
 */
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
                  {i.measureUnit && i.measureUnit !== '%' && <SecondLine>{i.measureUnit}</SecondLine>}
                </TableCell>
                <TableCell>
                  {valueText(i.value, i.measureUnit)}
                  {rollupNotes(i, t.rollupNotes).map((note) => (
                    <SecondLine key={note}>{note}</SecondLine>
                  ))}
                </TableCell>
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

/** Small print on a line of its own under a cell's main text. */
function SecondLine({ children }: { children: ReactNode }) {
  return (
    <>
      <br />
      <Caption1>{children}</Caption1>
    </>
  );
}

/** Each reporting unit's value (and warning) and the counts behind it, each left-out unit's reason, and the pooled total. */
function UnitValues({ indicator: i, nameOf }: { indicator: IndicatorRollup; nameOf(id: string): string }) {
  const t = useStrings().report.overview;
  const rule = i.aggregation;
  const countsHeader = rule.rule === 'ratioOfSums' ? `${rule.numerator} / ${rule.denominator}` : rule.rule === 'weightedMean' ? rule.weight : null;
  const counts = (v: Figures) => (rule.rule === 'ratioOfSums' ? `${countText(v.numerator)} / ${countText(v.denominator)}` : countText(v.weight));
  const warningOf = (unitId: string) => i.unitWarnings.find((w) => w.unitId === unitId)?.message;
  const total: Figures = { value: i.value, numerator: i.numerator, denominator: i.denominator, weight: i.weight };
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
        {i.unitValues.map((v) => {
          const warning = warningOf(v.unitId);
          return (
            <TableRow key={v.unitId}>
              <TableCell>{nameOf(v.unitId)}</TableCell>
              <TableCell>
                {valueText(v.value, i.measureUnit)}
                {warning && <SecondLine>{t.rollupNotes.warning(warning)}</SecondLine>}
              </TableCell>
              {countsHeader && <TableCell>{counts(v)}</TableCell>}
            </TableRow>
          );
        })}
        {i.leftOutUnits.map((u) => (
          <TableRow key={u.unitId}>
            <TableCell>{nameOf(u.unitId)}</TableCell>
            <TableCell>{t.rollupNotes.leftOut(u.message)}</TableCell>
            {countsHeader && <TableCell>{countText(null)}</TableCell>}
          </TableRow>
        ))}
        <TableRow>
          <TableCell>
            <strong>{t.total}</strong>
          </TableCell>
          <TableCell>{valueText(total.value, i.measureUnit)}</TableCell>
          {countsHeader && <TableCell>{counts(total)}</TableCell>}
        </TableRow>
      </TableBody>
    </Table>
  );
}
