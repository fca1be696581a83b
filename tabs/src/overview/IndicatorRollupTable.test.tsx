/** @jest-environment jsdom */
import type { IndicatorRollup, Overview } from '@vp/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { LanguageContext } from '../i18n/strings';
import { renderInFluent } from '../report/testing';
import { IndicatorRollupTable } from './IndicatorRollupTable';

const share: IndicatorRollup = {
  indicatorId: 'ind-share',
  name: 'Andel legitimerade',
  measureUnit: '%',
  direction: 'higherIsBetter',
  periodicity: 'tertial',
  aggregation: { rule: 'ratioOfSums', numerator: 'legitimerade', denominator: 'anställda', factor: 100 },
  annualTarget: null,
  councilTarget: null,
  value: 60,
  numerator: 18,
  denominator: 30,
  weight: null,
  vsAnnualTarget: null,
  vsCouncilTarget: null,
  unitValues: [
    { unitId: 'u1', value: 120, numerator: 12, denominator: 10, weight: null },
    { unitId: 'u2', value: 30, numerator: 6, denominator: 20, weight: null },
  ],
  missingUnitIds: [],
  // as the aggregation words them
  leftOutUnits: [{ unitId: 'u3', message: 'denominator: Kan inte vara negativt' }],
  unitWarnings: [{ unitId: 'u1', message: 'Fler legitimerade än anställda: andelen blir över 100 %' }],
};

const overview: Overview = {
  forvaltningId: 'f1',
  forvaltningName: 'Förvaltningen',
  year: 2026,
  period: 'T1',
  computedAt: '2026-05-04T08:00:00.000Z',
  units: [
    { unitId: 'u1', name: 'Enhet Ett', reportStatus: 'submitted' },
    { unitId: 'u2', name: 'Enhet Två', reportStatus: 'approved' },
    { unitId: 'u3', name: 'Enhet Tre', reportStatus: 'draft' },
  ],
  committeeGoals: [],
  indicators: [share, { ...share, indicatorId: 'ind-clean', name: 'Andel utan anmärkning', leftOutUnits: [], unitWarnings: [] }],
  activities: [],
};

const rowOf = (name: RegExp) => within(screen.getByRole('table', { name: 'Indikatorer' })).getByRole('row', { name });

test('the row says in words that a unit was left out of the value and that one has a warning', () => {
  renderInFluent(<IndicatorRollupTable overview={overview} />);
  const valueCell = within(rowOf(/^Andel legitimerade/)).getAllByRole('cell')[1]!;
  expect(valueCell).toHaveTextContent(/^60\s%1 enhet utelämnad ur värdet1 enhet med varning$/);
  expect(rowOf(/^Andel utan anmärkning/)).not.toHaveTextContent(/utelämnad|varning/);
});

test("the units' values name the left-out unit with its reason and the warned unit's warning beside its value", () => {
  renderInFluent(<IndicatorRollupTable overview={overview} />);
  fireEvent.click(screen.getByRole('button', { name: 'Visa enheternas värden: Andel legitimerade' }));
  const units = screen.getByRole('table', { name: 'Enheternas värden: Andel legitimerade' });
  expect(within(units).getByRole('row', { name: 'Enhet Ett 120\u00a0% Varning: Fler legitimerade än anställda: andelen blir över 100 % 12 / 10' })).toBeInTheDocument();
  expect(within(units).getByRole('row', { name: 'Enhet Två 30\u00a0% 6 / 20' })).toBeInTheDocument();
  expect(within(units).getByRole('row', { name: 'Enhet Tre Utelämnad ur förvaltningens värde: denominator: Kan inte vara negativt –' })).toBeInTheDocument();
  expect(within(units).getByRole('row', { name: 'Förvaltningen totalt 60\u00a0% 18 / 30' })).toBeInTheDocument();
});

test('the English UI words the notes in English and keeps the reasons as given', () => {
  renderInFluent(
    <LanguageContext.Provider value="en">
      <IndicatorRollupTable overview={overview} />
    </LanguageContext.Provider>,
  );
  expect(screen.getByText('1 unit left out of the value')).toBeInTheDocument();
  expect(screen.getByText('1 unit with a warning')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Show the units’ values: Andel legitimerade' }));
  expect(screen.getByRole('cell', { name: 'Left out of the administration’s value: denominator: Kan inte vara negativt' })).toBeInTheDocument();
});
