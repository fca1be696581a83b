/** @jest-environment jsdom */
import type { Period } from '@vp/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../api/client';
import { ReportPage } from '../pages/ReportPage';
import { createFakeApi, descriptionOf, renderInFluent, sampleTree } from './testing';

async function setup(period: Period = 'T1', prepare?: (fake: ReturnType<typeof createFakeApi>) => void, identity: string | null = 'dev-u1', tree = sampleTree()) {
  const fake = createFakeApi({ tree });
  prepare?.(fake);
  renderInFluent(<ReportPage api={fake.api} route={{ page: 'report', unitId: 'u1', year: 2026, period }} identity={identity} onIdentityChange={() => undefined} />);
  await screen.findByRole('form', { name: `Uppföljning ${period} 2026 – Enhet Ett` });
  return fake;
}

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const group = (name: string | RegExp) => screen.getByRole('group', { name });
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
const analysis = () => within(region('Alla barn möter böcker')).getByLabelText(/^Analys/) as HTMLTextAreaElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
/** The ready question (in jsdom Fluent's modalizer may mark it aria-hidden until focus has moved in; the e2e test sees it as a browser does). */
const readyDialog = () => screen.findByRole('dialog', { hidden: true });

test('shows the indicators due in the period: a yearly one only in the VB', async () => {
  await setup('T1');
  expect(group('Andel legitimerade förskollärare')).toBeInTheDocument();
  expect(screen.queryByRole('group', { name: 'Självvärdering' })).not.toBeInTheDocument();
  expect(screen.getByText('0 av 4 ifyllda')).toBeInTheDocument();
  expect(within(region('Alla barn möter böcker')).getByRole('radiogroup', { name: 'Målet bedöms uppfyllas' })).toBeInTheDocument();
});

test('an indicator the förvaltning asks of other units only is left out of the form and its progress', async () => {
  const tree = sampleTree();
  const area = tree.goals[0]!;
  area.indicators = area.indicators.map((i) => (i.id === 'ind-ratio' ? { ...i, applicableUnitIds: ['u2'] } : i));
  await setup('T1', undefined, 'dev-u1', tree);
  expect(screen.queryByRole('group', { name: 'Andel legitimerade förskollärare' })).not.toBeInTheDocument();
  expect(screen.getByText('0 av 3 ifyllda')).toBeInTheDocument();
});

test('the VB asks for the outcome and the yearly indicator with its weight', async () => {
  await setup('VB');
  const yearly = group('Självvärdering');
  expect(within(yearly).getByLabelText(/^Värde \(skala 1–4\)/)).toBeInTheDocument();
  expect(within(yearly).getByLabelText(/^antal avdelningar/)).toBeInTheDocument();
  expect(within(region('Alla barn möter böcker')).getByRole('radio', { name: 'Delvis uppfyllt' })).toBeInTheDocument();
});

test('a ratio takes numerator and denominator, shows the derived value, and sends the counts', async () => {
  const fake = await setup('T1');
  const ratio = group('Andel legitimerade förskollärare');
  type(within(ratio).getByLabelText(/^legitimerade förskollärare/), '10');
  type(within(ratio).getByLabelText(/^anställda/), '30');
  expect(within(ratio).getByText('Beräknat värde: 33,3 %')).toBeInTheDocument();
  expect(screen.getByText('1 av 4 ifyllda')).toBeInTheDocument();
  save();
  await screen.findByText('Rapporten är sparad.');
  expect(fake.saves()).toEqual([
    { method: 'saveReport', eTag: null, body: { goals: [], activities: [], indicators: [{ indicatorId: 'ind-ratio', value: null, numerator: 10, denominator: 30, weight: null, comment: '' }] } },
  ]);
});

test('sends the assessment, analysis and activity status that changed', async () => {
  const fake = await setup('T1');
  fireEvent.click(within(region('Alla barn möter böcker')).getByRole('radio', { name: 'Delvis' }));
  type(analysis(), 'Vi läser varje dag.');
  fireEvent.change(within(group('Läsfika varje vecka')).getByLabelText(/^Status/), { target: { value: 'ongoing' } });
  save();
  await screen.findByText('Rapporten är sparad.');
  expect(fake.saves()[0]!.body).toEqual({
    goals: [{ goalId: 'em-1', assessment: 'partly', analysis: 'Vi läser varje dag.' }],
    indicators: [],
    activities: [{ activityId: 'act-u', status: 'ongoing', comment: '' }],
  });
});

test('a number that is not a number is shown at its input and nothing is sent', async () => {
  const fake = await setup('T1');
  const numerator = within(group('Andel legitimerade förskollärare')).getByLabelText(/^legitimerade förskollärare/);
  type(numerator, 'tio');
  save();
  await waitFor(() => expect(descriptionOf(numerator)).toContain('Ange ett tal'));
  expect(document.activeElement).toBe(numerator);
  expect(fake.saves()).toHaveLength(0);
});

test("a failed save scrolls to and focuses the first error in the form's order, not the server's", async () => {
  const scrolled = jest.fn();
  Element.prototype.scrollIntoView = scrolled; // jsdom has no layout
  const fake = await setup('T1');
  type(analysis(), 'Min analys');
  type(within(group('Läsfika varje vecka')).getByLabelText(/^Kommentar/), 'Min kommentar');
  fake.failNext(
    new ApiError(400, 'VALIDATION', 'Ogiltiga uppgifter', [
      { field: 'activities.0.comment', message: 'För lång' },
      { field: 'goals.0.analysis', message: 'Otillåtet tecken' },
    ]),
  );
  save();
  await waitFor(() => expect(document.activeElement).toBe(analysis()));
  expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
  const field = scrolled.mock.contexts[0] as HTMLElement;
  expect(field).toContainElement(analysis());
  expect(within(field).getByText('Otillåtet tecken')).toBeInTheDocument();
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
});

test("an error on a whole entry focuses the entry's first control", async () => {
  const fake = await setup('T1');
  fireEvent.click(within(region('Alla barn möter böcker')).getByRole('radio', { name: 'Helt' }));
  fake.failNext(new ApiError(400, 'VALIDATION', 'Ogiltiga uppgifter', [{ field: 'goals.0.goalId', message: 'Inget av enhetens mål' }]));
  save();
  await waitFor(() => expect(document.activeElement).toBe(within(region('Alla barn möter böcker')).getByRole('radio', { name: 'Helt' })));
});

test('a text near its limit shows how many characters of the limit it has, from the shared schema', async () => {
  await setup('T1');
  type(analysis(), 'a'.repeat(18_000));
  expect(descriptionOf(analysis())).not.toMatch(/tecken/);
  type(analysis(), 'a'.repeat(18_001));
  expect(descriptionOf(analysis())).toMatch(/18\s001 \/ 20\s000 tecken$/);
  const comment = within(group('Andel legitimerade förskollärare')).getByLabelText(/^Kommentar/);
  type(comment, 'b'.repeat(20_001));
  expect(descriptionOf(comment)).toMatch(/^20\s001 \/ 20\s000 tecken$/);
  const activityComment = within(group('Läsfika varje vecka')).getByLabelText(/^Kommentar/);
  type(activityComment, 'c'.repeat(19_999));
  expect(descriptionOf(activityComment)).toMatch(/^19\s999 \/ 20\s000 tecken$/);
});

test("the server's field errors are shown next to the right input", async () => {
  const fake = await setup('T1');
  const ratio = group('Andel legitimerade förskollärare');
  type(within(ratio).getByLabelText(/^legitimerade förskollärare/), '10');
  fake.failNext(new ApiError(400, 'VALIDATION', 'Ogiltiga uppgifter', [{ field: 'indicators.0.denominator', message: 'Ange både legitimerade förskollärare och anställda' }]));
  save();
  await waitFor(() => expect(descriptionOf(within(ratio).getByLabelText(/^anställda/))).toContain('Ange både legitimerade förskollärare och anställda'));
});

test('a 412 keeps the typed analysis, says so in plain Swedish, and can save over the newer version', async () => {
  const fake = await setup('T1');
  fake.saveAsOther('T1', { activities: [{ activityId: 'act-f', status: 'done', comment: 'Klart' }] });
  type(analysis(), 'Min analys');
  save();
  expect(await screen.findByText('Någon annan har sparat rapporten medan du fyllde i den.')).toBeInTheDocument();
  expect(analysis().value).toBe('Min analys');
  fireEvent.click(screen.getByRole('button', { name: 'Spara min version' }));
  await screen.findByText('Rapporten är sparad.');
  const [first, second] = fake.saves();
  expect(first!.eTag).toBeNull();
  expect(second!.eTag).toBe('"11"');
  expect(analysis().value).toBe('Min analys');
  expect((within(group('Gemensam fortbildning')).getByLabelText(/^Status/) as HTMLSelectElement).value).toBe('done');
});

test('taking the newer version after a 412 replaces what was typed', async () => {
  const fake = await setup('T1');
  fake.saveAsOther('T1', { goals: [{ goalId: 'em-1', assessment: 'fully', analysis: 'Deras analys' }] });
  type(analysis(), 'Min analys');
  save();
  fireEvent.click(await screen.findByRole('button', { name: 'Använd den nya versionen' }));
  await waitFor(() => expect(analysis().value).toBe('Deras analys'));
  expect(screen.queryByText('Någon annan har sparat rapporten medan du fyllde i den.')).not.toBeInTheDocument();
});

// Focus returning to the opener (Fluent's restorer) is checked in a browser: tabs/e2e/followUp.test.ts.
test('submitting asks first, saying what is still empty; cancelling changes nothing', async () => {
  const fake = await setup('T1');
  fireEvent.click(within(region('Alla barn möter böcker')).getByRole('radio', { name: 'Delvis' }));
  save();
  await screen.findByText('Rapporten är sparad.');
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }));
  const dialog = await readyDialog();
  expect(within(dialog).getByRole('heading', { name: 'Skicka in rapporten?', hidden: true })).toBeInTheDocument();
  expect(within(dialog).getByText('1 indikator saknar värde och 2 aktiviteter saknar status.')).toBeInTheDocument();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
  expect(fake.calls.filter((c) => c.method === 'actOnApproval')).toEqual([]);
  expect(await screen.findByText('Utkast')).toBeInTheDocument();
});

test('with everything filled in the question says so', async () => {
  await setup('T1');
  fireEvent.click(within(region('Alla barn möter böcker')).getByRole('radio', { name: 'Helt' }));
  const ratio = group('Andel legitimerade förskollärare');
  type(within(ratio).getByLabelText(/^legitimerade förskollärare/), '3');
  type(within(ratio).getByLabelText(/^anställda/), '9');
  for (const activity of ['Läsfika varje vecka', 'Gemensam fortbildning']) fireEvent.change(within(group(activity)).getByLabelText(/^Status/), { target: { value: 'done' } });
  save();
  await screen.findByText('Rapporten är sparad.');
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }));
  expect(within(await readyDialog()).getByText('Alla mål, indikatorer och aktiviteter är ifyllda.')).toBeInTheDocument();
});

test('submitting the report takes its approval\'s submit step once and makes the form read-only', async () => {
  const fake = await setup('T1');
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }));
  const dialog = await readyDialog();
  expect(within(dialog).getByText('1 mål saknar bedömning, 1 indikator saknar värde och 2 aktiviteter saknar status.')).toBeInTheDocument();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Skicka in', hidden: true }));
  await screen.findByText('Inskickad');
  await waitFor(() => expect(analysis()).toHaveAttribute('readonly'));
  expect(screen.getByText('Rapporten är inskickad och kan inte ändras. Rektor kan återremittera eller öppna den igen.')).toBeInTheDocument();
  expect(within(region('Alla barn möter böcker')).getByRole('radio', { name: 'Helt' })).toBeDisabled();
  expect(within(group('Läsfika varje vecka')).getByLabelText(/^Status/)).toBeDisabled();
  expect(screen.queryByRole('button', { name: 'Spara' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Skicka in' })).not.toBeInTheDocument();
  const steps = fake.calls.filter((c) => c.method === 'actOnApproval');
  expect(steps.map((c) => [c.eTag, c.body])).toEqual([[null, { action: 'submit', comment: '' }]]);
  expect(steps[0]!.args![1]).toMatch(/^[0-9a-f-]{36}$/);
});

test('a returned report can be changed and submitted again', async () => {
  await setup('T1', (fake) => fake.setStatus('T1', 'returned'));
  expect(await screen.findByText('Återremitterad')).toBeInTheDocument();
  expect(analysis()).not.toHaveAttribute('readonly');
  expect(screen.getByRole('button', { name: 'Skicka in' })).toBeEnabled();
});

test('submitting waits until the changes are saved', async () => {
  await setup('T1');
  type(analysis(), 'Något');
  expect(screen.getByRole('button', { name: 'Skicka in' })).toBeDisabled();
  expect(screen.getByText('Spara dina ändringar innan du skickar in rapporten.')).toBeInTheDocument();
});

test('a reader sees the report read-only, with the Word link', async () => {
  await setup('T1', undefined, 'dev-u2');
  expect(analysis()).toHaveAttribute('readonly');
  expect(screen.queryByRole('button', { name: 'Spara' })).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Ladda ner som Word' })).toHaveAttribute('href', '/api/units/u1/plans/2026/reports/T1.docx');
});

test("the previous period's answers are shown beside the current ones", async () => {
  await setup('T2', (fake) => {
    fake.saveAsOther('T1', {
      goals: [{ goalId: 'em-1', assessment: 'partly', analysis: 'Halvvägs' }],
      indicators: [{ indicatorId: 'ind-ratio', value: null, numerator: 1, denominator: 3, weight: null, comment: '' }],
    });
  });
  expect(within(region('Alla barn möter böcker')).getByText('T1: Delvis')).toBeInTheDocument();
  expect(within(region('Alla barn möter böcker')).getByText('Halvvägs')).toBeInTheDocument();
  expect(within(group('Andel legitimerade förskollärare')).getByText('T1: 33,3 % (1/3)')).toBeInTheDocument();
  expect(within(group('Läsfika varje vecka')).getByText('T1: ej ifyllt')).toBeInTheDocument();
});

test("each indicator shows the unit's årsmål and KF:s årsmål, written as elsewhere", async () => {
  const tree = sampleTree();
  const area = tree.goals[0]!;
  area.indicators = area.indicators.map((i) => (i.id === 'ind-ratio' ? { ...i, annualTarget: { type: 'value', value: 40 }, councilTarget: { type: 'text', text: 'Tas fram av nämnd' } } : i));
  await setup('VB', undefined, 'dev-u1', tree);
  expect(within(group('Andel legitimerade förskollärare')).getByText('Årsmål: 40 % · KF:s årsmål: Tas fram av nämnd')).toBeInTheDocument();
  expect(within(group('Självvärdering')).getByText('Årsmål: – · KF:s årsmål: –')).toBeInTheDocument();
});

test('the VB shows the T2 outcome of a tertial indicator, none for a yearly one (not reported in T2)', async () => {
  await setup('VB', (fake) => fake.saveAsOther('T2', { indicators: [{ indicatorId: 'ind-ratio', value: null, numerator: 2, denominator: 4, weight: null, comment: 'Två nya' }] }));
  expect(within(group('Andel legitimerade förskollärare')).getByText('T2: 50 % (2/4)')).toBeInTheDocument();
  expect(within(group('Andel legitimerade förskollärare')).getByText('Två nya')).toBeInTheDocument();
  expect(within(group('Självvärdering')).queryByText(/^T2:/)).not.toBeInTheDocument();
});

test('warnings beside the inputs (a share over 100 %, a big change since T1, a count of 0) do not stop the save', async () => {
  const fake = await setup('T2', (f) => f.saveAsOther('T1', { indicators: [{ indicatorId: 'ind-ratio', value: null, numerator: 10, denominator: 30, weight: null, comment: '' }] }));
  const ratio = group('Andel legitimerade förskollärare');
  const numerator = within(ratio).getByLabelText(/^legitimerade förskollärare/);
  const denominator = within(ratio).getByLabelText(/^anställda/);
  type(numerator, '31');
  type(denominator, '30');
  expect(descriptionOf(numerator)).toBe('Fler legitimerade förskollärare än anställda: andelen blir över 100 % Mer än 50 % högre än i T1 (33,3\u00a0%). Stämmer värdet?');
  expect(numerator).not.toHaveAttribute('aria-invalid');
  save();
  await screen.findByText('Rapporten är sparad.');
  expect(fake.saves()[0]!.body).toMatchObject({ indicators: [{ indicatorId: 'ind-ratio', value: null, numerator: 31, denominator: 30, weight: null, comment: '' }] });

  type(numerator, '0');
  type(denominator, '0');
  expect(descriptionOf(denominator)).toBe('Värdet kan inte beräknas när anställda är 0');
  expect(descriptionOf(numerator)).toBe('');
  expect(within(ratio).getByText('Beräknat värde: –')).toBeInTheDocument();
  expect(screen.getByText('1 av 4 ifyllda')).toBeInTheDocument(); // 0 of 0 is reported, without a value
  save();
  await waitFor(() => expect(fake.saves()).toHaveLength(2));
  expect(fake.saves()[1]!.body).toMatchObject({ indicators: [{ indicatorId: 'ind-ratio', value: null, numerator: 0, denominator: 0, weight: null, comment: '' }] });
});

test('the goal text opens and closes from the keyboard-reachable toggle', async () => {
  await setup('T1');
  const toggle = within(region('Alla barn möter böcker')).getByRole('button', { name: 'Visa målets text' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(toggle);
  expect(screen.getByText('Läsning är viktigt.')).toBeInTheDocument();
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
});
