/**
 * @jest-environment jsdom
 */
// One number, one string: the tab's overview and both Word exports (the unit's report and the
// förvaltning's summary) write the same value the same way.
import { screen, within } from '@testing-library/react';
import type { IndicatorNode, IndicatorRollup, Overview, UnitReportView } from '@vp/shared';
import { summaryDocx } from '../../../functions/src/export/summaryDocx';
import { unitReportDocx } from '../../../functions/src/export/unitReportDocx';
import { readDocx } from '../../../functions/src/testing/docxReader';
import { IndicatorRollupTable } from '../overview/IndicatorRollupTable';
import { goal, indicator, renderInFluent, sampleTree } from './testing';

const perGroup = indicator('ind-group', 'Barn per grupp', { measureUnit: 'barn/grupp', aggregation: { rule: 'median' }, annualTarget: { type: 'value', value: 15.5 } });
const share = indicator('ind-share', 'Andel legitimerade', {
  measureUnit: '%',
  aggregation: { rule: 'ratioOfSums', numerator: 'legitimerade', denominator: 'anställda', factor: 100 },
});

function rollup(i: IndicatorNode, value: number, counts: { numerator: number; denominator: number } | null): IndicatorRollup {
  const figures = { value, numerator: counts?.numerator ?? null, denominator: counts?.denominator ?? null, weight: null };
  return {
    indicatorId: i.id,
    name: i.name,
    measureUnit: i.measureUnit,
    direction: i.direction,
    periodicity: i.periodicity,
    aggregation: i.aggregation,
    annualTarget: i.annualTarget,
    councilTarget: i.councilTarget,
    ...figures,
    vsAnnualTarget: null,
    vsCouncilTarget: null,
    unitValues: [{ unitId: 'u1', ...figures }],
    missingUnitIds: [],
    leftOutUnits: [],
    unitWarnings: [],
  };
}

const overview: Overview = {
  forvaltningId: 'f1',
  forvaltningName: 'Förvaltningen',
  year: 2026,
  period: 'T1',
  computedAt: '2026-05-10T12:00:00.000Z',
  units: [{ unitId: 'u1', name: 'Enhet Ett', reportStatus: 'submitted' }],
  committeeGoals: [],
  indicators: [rollup(perGroup, 16.41, null), rollup(share, (11 * 100) / 30, { numerator: 11, denominator: 30 })],
  activities: [],
};

const report: UnitReportView = {
  unitId: 'u1',
  year: 2026,
  period: 'T1',
  status: 'draft',
  eTag: '"1"',
  statusAt: null,
  statusBy: null,
  goals: [],
  indicators: [
    { indicatorId: perGroup.id, value: 16.41, numerator: null, denominator: null, weight: null, comment: '' },
    { indicatorId: share.id, value: null, numerator: 11, denominator: 30, weight: null, comment: '' },
  ],
  activities: [],
  progress: { filled: 2, total: 2 },
  previous: null,
};

/** The cells of the row whose first cell is the name, in the first table that has one. */
function rowOf(tables: string[][][], name: string): string[] {
  const row = tables.flatMap((t) => t).find((r) => r[0] === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

it('shows 16,41 barn/grupp as 16,4 and 11 of 30 as 36,7 % on screen and in both Word files', async () => {
  renderInFluent(<IndicatorRollupTable overview={overview} />);
  const onScreen = (name: string) => within(screen.getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell')[1]!.textContent;

  const tree = sampleTree();
  tree.goals = [goal('nm-1', 'committeeGoal', 'Alla barn utvecklas', false, { indicators: [perGroup, share] })];
  const unitDoc = readDocx(await unitReportDocx(tree, report));
  const summaryDoc = readDocx(await summaryDocx({ id: 's1', forvaltningId: 'f1', year: 2026, period: 'T1', createdAt: overview.computedAt, createdBy: 'chef', overview }, []));

  expect(onScreen('Barn per grupp')).toBe('16,4');
  expect(rowOf(unitDoc.tables, 'Barn per grupp')[1]).toBe('16,4');
  expect(rowOf(summaryDoc.tables, 'Barn per grupp')[1]).toBe('16,4');
  // the target beside it, too
  expect(rowOf(unitDoc.tables, 'Barn per grupp')[2]).toBe('15,5');

  expect(onScreen('Andel legitimerade')).toBe('36,7\u00a0%');
  expect(rowOf(unitDoc.tables, 'Andel legitimerade')[1]).toBe('36,7\u00a0% (11/30)');
  expect(rowOf(summaryDoc.tables, 'Andel legitimerade')[1]).toBe('36,7\u00a0% (11/30)');
  // the summary's drill-down: each unit's value as the tab's drill-down shows it
  expect(rowOf([summaryDoc.tables.at(-1)!], 'Enhet Ett')[1]).toBe('36,7\u00a0%');
});
