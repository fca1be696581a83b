import { Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { rollupNotes, type IndicatorRollup, type Overview, type UnitIndicatorValue } from '@vp/shared';
import type { ReactNode } from 'react';
import { useStrings, type Strings } from '../i18n/strings';
import { LabelledCell, useStackedTableStyles } from '../layout/StackedTable';
import { countText, targetText, valueText } from '../report/format';
import { useColumnStyles } from './columns';
import { ExpandableRow } from './ExpandableRow';

const COLUMNS = 7;

type Figures = Omit<UnitIndicatorValue, 'unitId'>;

/**
 * The förvaltning's indicators: value by the declared rule, targets, the comparison in words, and who is
 * missing. A value that leaves out a unit, or pools figures with a warning, says so in words beside it.
 * With `onEditApplicability` (who may edit the förvaltning's plan) each row offers "Gäller för".
 */
export function IndicatorRollupTable({ overview, onEditApplicability }: { overview: Overview; onEditApplicability?(indicator: IndicatorRollup): void }) {
  const t = useStrings().report.overview;
  const columns = useColumnStyles();
  const stacked = useStackedTableStyles();
  const nameOf = (unitId: string) => overview.units.find((u) => u.unitId === unitId)?.name ?? unitId;
  return (
    <Table size="small" aria-label={t.indicators} className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={columns.name}>{t.indicator}</TableHeaderCell>
          <TableHeaderCell>{t.value}</TableHeaderCell>
          <TableHeaderCell>{t.annualTarget}</TableHeaderCell>
          <TableHeaderCell>{t.councilTarget}</TableHeaderCell>
          <TableHeaderCell className={columns.comparison}>{t.comparison}</TableHeaderCell>
          <TableHeaderCell className={columns.missing}>{t.missing}</TableHeaderCell>
          <TableHeaderCell className={onEditApplicability ? columns.toggleAndAction : columns.toggle}>{t.details}</TableHeaderCell>
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
            actions={
              onEditApplicability && (
                <Button size="small" appearance="subtle" aria-label={t.applicability.openLabel(i.name)} onClick={() => onEditApplicability(i)}>
                  {t.applicability.open}
                </Button>
              )
            }
            cells={
              <>
                <TableCell className={stacked.title}>
                  {i.name}
                  {i.measureUnit && i.measureUnit !== '%' && <SecondLine>{i.measureUnit}</SecondLine>}
                </TableCell>
                <LabelledCell label={t.value}>
                  {valueText(i.value, i.measureUnit)}
                  {rollupNotes(i, t.rollupNotes).map((note) => (
                    <SecondLine key={note}>{note}</SecondLine>
                  ))}
                </LabelledCell>
                <LabelledCell label={t.annualTarget}>{targetText(i.annualTarget, i.measureUnit)}</LabelledCell>
                <LabelledCell label={t.councilTarget}>{targetText(i.councilTarget, i.measureUnit)}</LabelledCell>
                <LabelledCell label={t.comparison}>{comparisonText(i, t)}</LabelledCell>
                <LabelledCell label={t.missing}>{i.missingUnitIds.length ? i.missingUnitIds.map(nameOf).join(', ') : t.noneMissing}</LabelledCell>
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
  const countsLabel = countsHeader && `${t.counts}: ${countsHeader}`;
  const stacked = useStackedTableStyles();
  return (
    <Table size="extra-small" aria-label={t.unitValues(i.name)} className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.unit}</TableHeaderCell>
          <TableHeaderCell>{t.unitValue}</TableHeaderCell>
          {countsLabel && <TableHeaderCell>{countsLabel}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {i.unitValues.map((v) => {
          const warning = warningOf(v.unitId);
          return (
            <TableRow key={v.unitId}>
              <TableCell className={stacked.title}>{nameOf(v.unitId)}</TableCell>
              <LabelledCell label={t.unitValue}>
                {valueText(v.value, i.measureUnit)}
                {warning && <SecondLine>{t.rollupNotes.warning(warning)}</SecondLine>}
              </LabelledCell>
              {countsLabel && <LabelledCell label={countsLabel}>{counts(v)}</LabelledCell>}
            </TableRow>
          );
        })}
        {i.leftOutUnits.map((u) => (
          <TableRow key={u.unitId}>
            <TableCell className={stacked.title}>{nameOf(u.unitId)}</TableCell>
            <LabelledCell label={t.unitValue}>{t.rollupNotes.leftOut(u.message)}</LabelledCell>
            {countsLabel && <LabelledCell label={countsLabel}>{countText(null)}</LabelledCell>}
          </TableRow>
        ))}
        <TableRow>
          <TableCell className={stacked.title}>
            <strong>{t.total}</strong>
          </TableCell>
          <LabelledCell label={t.unitValue}>{valueText(total.value, i.measureUnit)}</LabelledCell>
          {countsLabel && <LabelledCell label={countsLabel}>{counts(total)}</LabelledCell>}
        </TableRow>
      </TableBody>
    </Table>
  );
}
