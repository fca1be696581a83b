/** @jest-environment jsdom */
import type { Overview } from '@vp/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OverviewPage } from '../pages/OverviewPage';
import { createFakeApi, renderInFluent } from '../report/testing';

const overview: Overview = {
  forvaltningId: 'f1',
  forvaltningName: 'Förvaltningen',
  year: 2026,
  period: 'T1',
  computedAt: '2026-05-04T08:00:00.000Z',
  units: [
    { unitId: 'u1', name: 'Enhet Ett', reportStatus: 'submitted' },
    { unitId: 'u2', name: 'Enhet Två', reportStatus: 'draft' },
    { unitId: 'u3', name: 'Enhet Tre', reportStatus: 'none' },
  ],
  committeeGoals: [
    {
      goalId: 'nm-1',
      title: 'Alla barn utvecklas',
      areaNumber: '1.3',
      areaTitle: 'Barn når sin fulla potential',
      unitGoals: [
        { unitId: 'u1', goalId: 'em-1', title: 'Böcker för alla', assessment: 'fully', analysis: 'Det gick bra.' },
        { unitId: 'u1', goalId: 'em-2', title: 'Utelek', assessment: 'partly', analysis: '' },
        { unitId: 'u2', goalId: 'em-3', title: 'Språk', assessment: 'fully', analysis: 'Fint.' },
        { unitId: 'u3', goalId: 'em-4', title: 'Matematik', assessment: null, analysis: '' },
      ],
      distribution: { fully: 2, partly: 1, not: 0 },
      notReportedUnitIds: ['u3'],
    },
  ],
  indicators: [
    {
      indicatorId: 'ind-ratio',
      name: 'Andel legitimerade förskollärare',
      measureUnit: '%',
      direction: 'higherIsBetter',
      periodicity: 'tertial',
      aggregation: { rule: 'ratioOfSums', numerator: 'legitimerade förskollärare (årsarbetare)', denominator: 'anställda (årsarbetare)', factor: 100 },
      annualTarget: { type: 'value', value: 40 },
      councilTarget: { type: 'value', value: 30 },
      value: 35.714285714285715,
      numerator: 25,
      denominator: 70,
      weight: null,
      vsAnnualTarget: 'misses',
      vsCouncilTarget: 'meets',
      unitValues: [
        { unitId: 'u1', value: 33.333333333333336, numerator: 10, denominator: 30, weight: null },
        { unitId: 'u2', value: 37.5, numerator: 15, denominator: 40, weight: null },
      ],
      missingUnitIds: ['u3'],
      leftOutUnits: [],
      unitWarnings: [],
    },
  ],
  activities: [
    {
      activityId: 'act-f',
      goalId: 'nm-1',
      text: 'Gemensam fortbildning',
      start: '2026-01-01',
      end: '2026-12-31',
      counts: { notStarted: 0, ongoing: 1, done: 1, cancelled: 0, missing: 1 },
      perUnit: [
        { unitId: 'u1', status: 'done', comment: 'Klart i mars' },
        { unitId: 'u2', status: 'ongoing', comment: '' },
        { unitId: 'u3', status: null, comment: '' },
      ],
    },
  ],
};

function setup(identity: string | null = null, route: Parameters<typeof OverviewPage>[0]['route'] = { page: 'overview', forvaltningId: 'f1', year: 2026, period: 'T1' }) {
  const fake = createFakeApi({ overview });
  const view = renderInFluent(<OverviewPage api={fake.api} route={route} identity={identity} onIdentityChange={() => undefined} />);
  return { fake, view };
}

test("shows each nämndmål's distribution in words, its enhetsmål and who has not reported", async () => {
  setup();
  const goal = await screen.findByRole('region', { name: 'Alla barn utvecklas' });
  expect(screen.getByRole('region', { name: '1.3 Barn når sin fulla potential' })).toContainElement(goal);
  expect(within(goal).getByText('Bedömningar: Helt 2, Delvis 1, Inte 0')).toBeInTheDocument();
  expect(within(goal).getByText('Ej rapporterat: Enhet Tre')).toBeInTheDocument();
  expect(within(goal).getByText('Det gick bra.')).toBeInTheDocument();
  const statuses = screen.getByRole('table', { name: 'Enheternas rapporter' });
  expect(within(statuses).getByRole('row', { name: /Enhet Ett.*Inskickad/ })).toBeInTheDocument();
  expect(within(statuses).getByRole('row', { name: /Enhet Tre.*Ej påbörjad/ })).toBeInTheDocument();
});

test('an indicator row shows the value by its rule, the comparison in words, and drills down to the units’ counts', async () => {
  setup();
  const table = await screen.findByRole('table', { name: 'Indikatorer' });
  const row = within(table).getByRole('row', { name: /Andel legitimerade förskollärare/ });
  expect(within(row).getByText('35,7 %')).toBeInTheDocument();
  expect(within(row).getByText('Når inte årsmålet, når KF:s årsmål (högre är bättre)')).toBeInTheDocument();
  expect(within(row).getByText('Enhet Tre')).toBeInTheDocument();
  const toggle = within(row).getByRole('button', { name: 'Visa enheternas värden: Andel legitimerade förskollärare' });
  fireEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const units = screen.getByRole('table', { name: 'Enheternas värden: Andel legitimerade förskollärare' });
  expect(within(units).getByRole('columnheader', { name: 'Underlag: legitimerade förskollärare (årsarbetare) / anställda (årsarbetare)' })).toBeInTheDocument();
  expect(within(units).getByRole('row', { name: 'Enhet Ett 33,3\u00a0% 10 / 30' })).toBeInTheDocument();
  expect(within(units).getByRole('row', { name: 'Förvaltningen totalt 35,7\u00a0% 25 / 70' })).toBeInTheDocument();
});

test('activities show the count per status and each unit on demand', async () => {
  setup();
  const table = await screen.findByRole('table', { name: 'Förvaltningens aktiviteter' });
  expect(within(table).getByRole('row', { name: /Gemensam fortbildning 0 1 1 0 1/ })).toBeInTheDocument();
  fireEvent.click(within(table).getByRole('button', { name: 'Visa enheternas status: Gemensam fortbildning' }));
  expect(within(table).getByRole('row', { name: 'Enhet Ett Avslutad Klart i mars' })).toBeInTheDocument();
});

test('others cannot produce a summary', async () => {
  setup('dev-u1');
  await screen.findByRole('table', { name: 'Indikatorer' });
  expect(screen.queryByRole('button', { name: 'Ta fram tertialsammanställning' })).not.toBeInTheDocument();
  expect(screen.getByText('Inga sammanställningar ännu.')).toBeInTheDocument();
});

test('the avdelningschef produces a summary; it opens read-only, dated, with its Word link', async () => {
  const { fake, view } = setup('dev-chef');
  fireEvent.click(await screen.findByRole('button', { name: 'Ta fram tertialsammanställning' }));
  await waitFor(() => expect(window.location.hash).toBe('#/summaries/f1/s-1'));
  expect(fake.calls.find((c) => c.method === 'createSummary')?.args).toEqual(['f1', 2026, 'T1']);
  view.rerender(<OverviewPage api={fake.api} route={{ page: 'summaries', forvaltningId: 'f1', summaryId: 's-1' }} identity="dev-chef" onIdentityChange={() => undefined} />);
  expect(await screen.findByRole('heading', { name: 'Tertialsammanställning T1 2026' })).toBeInTheDocument();
  expect(screen.getByText(/^Framtagen .* av Avdelningschef\./)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Ladda ner som Word' })).toHaveAttribute('href', '/api/forvaltningar/f1/summaries/s-1.docx');
  expect(screen.queryByRole('button', { name: 'Ta fram tertialsammanställning' })).not.toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: 'Tertialsammanställningar' })).getByRole('link', { name: /Öppna sammanställningen T1 2026/ })).toHaveAttribute('aria-current', 'page');
});

test('the avdelningschef marks which units an indicator applies to; the overview loads again and focus returns to the row’s button', async () => {
  const { fake } = setup('dev-chef');
  const table = await screen.findByRole('table', { name: 'Indikatorer' });
  const opener = within(table).getByRole('button', { name: 'Gäller för: Andel legitimerade förskollärare' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Gäller för: Andel legitimerade förskollärare' });
  fireEvent.click(await within(dialog).findByRole('radio', { name: 'Bara vissa enheter' }));
  expect(within(dialog).getAllByRole('checkbox').map((c) => c.closest('.fui-Checkbox')?.textContent)).toEqual(['Enhet Ett', 'Enhet Två', 'Enhet Tre']);
  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Enhet Två' }));
  const overviewsBefore = fake.calls.filter((c) => c.method === 'getOverview').length;
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(fake.calls.find((c) => c.method === 'updateForvaltningItem')).toMatchObject({ args: ['ind-ratio'], eTag: '"1"', body: { applicableUnitIds: ['u2'] } });
  await waitFor(() => expect(fake.calls.filter((c) => c.method === 'getOverview').length).toBe(overviewsBefore + 1));
  expect(within(screen.getByRole('table', { name: 'Indikatorer' })).getByRole('button', { name: 'Gäller för: Andel legitimerade förskollärare' })).toHaveFocus();
});

test('only who may edit the förvaltning’s plan gets Gäller för, and a stored summary offers it to no one', async () => {
  const { view } = setup('dev-u1');
  await screen.findByRole('table', { name: 'Indikatorer' });
  expect(screen.queryByRole('button', { name: /^Gäller för/ })).not.toBeInTheDocument();
  view.unmount();

  const chef = setup('dev-chef');
  fireEvent.click(await screen.findByRole('button', { name: 'Ta fram tertialsammanställning' }));
  await waitFor(() => expect(window.location.hash).toBe('#/summaries/f1/s-1'));
  chef.view.rerender(<OverviewPage api={chef.fake.api} route={{ page: 'summaries', forvaltningId: 'f1', summaryId: 's-1' }} identity="dev-chef" onIdentityChange={() => undefined} />);
  await screen.findByRole('heading', { name: 'Tertialsammanställning T1 2026' });
  expect(screen.getByRole('table', { name: 'Indikatorer' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Gäller för/ })).not.toBeInTheDocument();
});

test('the avdelningschef writes the förvaltning’s analysis under a nämndmål; it is read back, and a save over someone else’s keeps the text typed', async () => {
  const { fake } = setup('dev-chef');
  const goal = await screen.findByRole('region', { name: 'Alla barn utvecklas' });
  expect(await within(goal).findByText('Förvaltningen har inte skrivit någon analys av nämndmålet.')).toBeInTheDocument();
  fireEvent.click(within(goal).getByRole('button', { name: 'Skriv förvaltningens analys: Alla barn utvecklas' }));
  fireEvent.change(within(goal).getByRole('textbox', { name: 'Förvaltningens analys: Alla barn utvecklas' }), { target: { value: 'Språket utvecklas.\nFortsätt.' } });
  fireEvent.click(within(goal).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(within(goal).queryByRole('textbox')).not.toBeInTheDocument());
  expect(fake.calls.find((c) => c.method === 'saveGoalAnalysis')).toMatchObject({ args: ['nm-1'], eTag: null, body: { analysis: 'Språket utvecklas.\nFortsätt.' } });
  // Read back from the API, not kept from the form: the list is asked for again after the save.
  await waitFor(() => expect(fake.calls.filter((c) => c.method === 'listGoalAnalyses').length).toBeGreaterThan(1));
  expect(within(goal).getByText(/Språket utvecklas/)).toBeInTheDocument();

  fireEvent.click(within(goal).getByRole('button', { name: 'Ändra förvaltningens analys: Alla barn utvecklas' }));
  fake.saveAnalysisAsOther('nm-1', 'Någon annans text');
  fireEvent.change(within(goal).getByRole('textbox', { name: 'Förvaltningens analys: Alla barn utvecklas' }), { target: { value: 'Min nya text' } });
  fireEvent.click(within(goal).getByRole('button', { name: 'Spara' }));
  expect(await within(goal).findByText('Någon annan har ändrat analysen medan du redigerade.')).toBeInTheDocument();
  expect(within(goal).getByRole('textbox', { name: 'Förvaltningens analys: Alla barn utvecklas' })).toHaveValue('Min nya text');
  expect(within(goal).getByText(/Någon annans text/)).toBeInTheDocument();
  fireEvent.click(within(goal).getByRole('button', { name: 'Spara min version' }));
  await waitFor(() => expect(within(goal).queryByRole('textbox')).not.toBeInTheDocument());
  expect(within(goal).getByText('Min nya text')).toBeInTheDocument();
});

test('others read the förvaltning’s analysis but get no button to write it', async () => {
  const { fake } = setup('dev-u1');
  fake.saveAnalysisAsOther('nm-1', 'Förvaltningens bild av målet');
  const goal = await screen.findByRole('region', { name: 'Alla barn utvecklas' });
  expect(await within(goal).findByText('Förvaltningens bild av målet')).toBeInTheDocument();
  expect(within(goal).queryByRole('button', { name: /förvaltningens analys/ })).not.toBeInTheDocument();
});
