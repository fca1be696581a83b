/** @jest-environment jsdom */
// The SKA page against an in-memory API: the result table with the förvaltning total marked published
// and the units' plain mean beside it, the self-assessment's scores side by side with computed averages
// and the units' spread, the analysis; the leader's score dialog sending only the changed score with
// the eTag (a 412 keeps what was typed and saves over the newer version), the first analysis write
// without an eTag; a reader has no edit buttons; a failed read offers a retry. A förskolechef scores
// their unit's own self-assessment (whole steps, only the changed sent, first without an eTag) and the
// förvaltning's plan is read again for its spread.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Caller, SkaAnalysisUpdate, SkaAreaUpdate, SkaAssessmentView, SkaPlanView, SkaScoresUpdate, SkaUnitAssessmentView, SkaUnitScoresUpdate, StoredSkaAnalysis, StoredSkaArea } from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';
import { SkaPage } from '../pages/SkaPage';
import { AssessmentTables } from './AssessmentTables';
import { renderInFluent } from '../report/testing';

const chef: Caller = { id: 'dev-chef', name: 'Verksamhetschef', role: 'avdelningschef', forvaltningId: 'sdt', unitIds: [] };
const reader: Caller = { id: 'dev-fc', name: 'Förskolechef', role: 'rektor', forvaltningId: 'sdt', unitIds: ['u1'] };
const owner = { forvaltningId: 'sdt', year: 2018, scope: 'forskola' as const };
const criteria = [
  { number: 1, text: 'Ledningen är tydlig' },
  { number: 2, text: 'Ledningen leder' },
];

function assessment(scores: [string, number, number][], fields: Partial<SkaAssessmentView> = {}): SkaAssessmentView {
  return {
    id: 'a1',
    ...owner,
    unitId: null,
    heading: 'Uppföljning av strategier',
    scale: ['har långt kvar', 'har påbörjat', 'i viss utsträckning', 'i stor utsträckning', 'fullt ut'],
    roles: [
      { key: 'FL', label: 'ledningsgrupper' },
      { key: 'VC', label: 'verksamhetschef' },
    ],
    strategies: [{ key: 'pedagogiskLedning', name: 'Pedagogisk ledning', criteria, comment: '' }],
    scores: scores.map(([role, criterion, score]) => ({ role, year: 2018, strategy: 'pedagogiskLedning', criterion, score })),
    printedAverages: [],
    decimals: 2,
    averages: ['FL', 'VC'].map((role) => {
      const own = scores.filter(([r]) => r === role).map(([, , s]) => s);
      const value = Math.round((own.reduce((a, b) => a + b, 0) / own.length) * 100) / 100;
      return { role, year: 2018, strategy: 'pedagogiskLedning', value, exact: value, scored: own.length, criteria: 2, printed: null, printedCheck: null };
    }),
    // Two units scored themselves: criterion 1 from 2 to 4, criterion 2 both 3; their averages 2,5 and 3,5.
    unitSpread: {
      unitIds: ['u1', 'u2'],
      criteria: [
        { strategy: 'pedagogiskLedning', criterion: 1, units: 2, min: 2, max: 4, distribution: [0, 1, 0, 1, 0] },
        { strategy: 'pedagogiskLedning', criterion: 2, units: 2, min: 3, max: 3, distribution: [0, 0, 2, 0, 0] },
      ],
      strategies: [{ strategy: 'pedagogiskLedning', units: 2, minAverage: 2.5, maxAverage: 3.5 }],
    },
    eTag: '"1"',
    ...fields,
  } as SkaAssessmentView;
}

const area = (id: string, year: number, fields: Partial<StoredSkaArea> = {}): StoredSkaArea => ({
  id,
  ...owner,
  year,
  unitId: null,
  order: 0,
  type: 'forbattringsomrade',
  number: 1,
  title: 'Språk',
  group: null,
  decidedBy: 'Verksamhetschef',
  background: 'Bakgrunden',
  desired: ['Rikt språk'],
  evidence: [],
  focus: [],
  actions: ['Lärande samtal'],
  timeline: '',
  followUpPlan: '',
  followUp: null,
  eTag: '"1"',
  ...fields,
});

function planView(scores: [string, number, number][], analysis: StoredSkaAnalysis | null = null, areas = [area('fo-2018', 2018)], followUps = [area('fo-2017', 2017)]): SkaPlanView {
  return {
    ...owner,
    results: [
      {
        id: 'r1',
        ...owner,
        unitId: null,
        order: 0,
        heading: 'Förskolans kunskapsområden',
        question: 'Når femåringarna målen?',
        basis: '',
        areas: [{ key: 'sprak', label: 'Språkutveckling' }],
        groups: ['pojkar', 'flickor', 'totalt'],
        rows: [
          { unitId: 'u1', schoolYear: 2017, cells: [{ area: 'sprak', group: 'totalt', value: { type: 'percent', percent: 93 } }] },
          { unitId: 'u2', schoolYear: 2017, cells: [{ area: 'sprak', group: 'totalt', value: { type: 'percent', percent: 80.5 } }] },
        ],
        publishedTotals: [{ schoolYear: 2017, area: 'sprak', group: 'totalt', percent: 87.7 }],
        totals: [
          { schoolYear: 2017, area: 'sprak', group: 'totalt', value: 87.7, source: 'published', counts: null, unitMean: 86.75, units: 2 },
          { schoolYear: 2016, area: 'sprak', group: 'totalt', value: 87.9, source: 'published', counts: null, unitMean: null, units: 0 },
        ],
        eTag: '"1"',
      },
    ],
    assessments: [assessment(scores)],
    analysis,
    areas,
    followUps,
  };
}

function fakeApi(options: { staleOnce?: boolean; failFirst?: boolean } = {}) {
  let scores: [string, number, number][] = [
    ['FL', 1, 3.94],
    ['FL', 2, 4.15],
    ['VC', 1, 3.85],
    ['VC', 2, 3.38],
  ];
  let eTag = '"1"';
  let analysis: StoredSkaAnalysis | null = null;
  let stale = options.staleOnce;
  let fail = options.failFirst;
  const patches: { eTag: string; body: SkaScoresUpdate }[] = [];
  const analysisWrites: { eTag: string | null; body: SkaAnalysisUpdate }[] = [];
  const areaWrites: { year: number; id: string; eTag: string; body: SkaAreaUpdate }[] = [];
  const unitScores: Record<number, number | null> = { 1: null, 2: 4 };
  let unitETag: string | null = null;
  const unitWrites: { eTag: string | null; body: SkaUnitScoresUpdate }[] = [];
  let planReads = 0;
  const unitView = (): SkaUnitAssessmentView => ({
    id: unitETag ? 'ua1' : null,
    eTag: unitETag,
    forvaltningId: 'sdt',
    unitId: 'u1',
    scope: 'forskola',
    year: 2018,
    basedOn: 'a1',
    heading: 'Uppföljning av strategier',
    scale: ['har långt kvar', 'har påbörjat', 'i viss utsträckning', 'i stor utsträckning', 'fullt ut'],
    role: { key: 'FL', label: 'förskolans ledningsgrupp' },
    decimals: 2,
    strategies: [
      {
        key: 'pedagogiskLedning',
        name: 'Pedagogisk ledning',
        criteria: criteria.map((k) => ({ ...k, score: unitScores[k.number] ?? null })),
        average: { role: 'FL', year: 2018, strategy: 'pedagogiskLedning', value: null, exact: null, scored: 0, criteria: 2, printed: null, printedCheck: null },
      },
    ],
  });
  const areas = { 'fo-2018': area('fo-2018', 2018), 'fo-2017': area('fo-2017', 2017) } as Record<string, StoredSkaArea>;
  const view = () => {
    const v = planView(scores, analysis, [areas['fo-2018']!], [areas['fo-2017']!]);
    v.assessments[0]!.eTag = eTag;
    return v;
  };
  const api = {
    mode: 'local',
    listDevUsers: async () => [chef, reader],
    listForvaltningar: async () => [{ id: 'sdt', name: 'Utbildningskontoret', municipality: 'Södertälje kommun', committee: 'Nämnd', eTag: '"1"' }],
    listForvaltningPlans: async () => ({ unitPlans: [], competenceYears: [] }),
    listSkaPlans: async () => [{ year: 2018, scope: 'forskola' }],
    listUnits: async () => [
      { id: 'u1', forvaltningId: 'sdt', name: 'Brunnsäng', description: '', preschools: [], eTag: '"1"' },
      { id: 'u2', forvaltningId: 'sdt', name: 'Järna', description: '', preschools: [], eTag: '"1"' },
    ],
    getSkaPlan: async () => {
      planReads++;
      if (fail) {
        fail = false;
        throw new ApiError(503, 'UNAVAILABLE', 'Tjänsten svarar inte just nu', []);
      }
      return view();
    },
    getUnitSka: async () => unitView(),
    updateUnitSkaScores: async (_u: string, _s: string, _y: number, sentETag: string | null, body: SkaUnitScoresUpdate) => {
      unitWrites.push({ eTag: sentETag, body });
      for (const s of body.scores) unitScores[s.criterion] = s.score;
      unitETag = '"1"';
      return unitView();
    },
    skaDocxUrl: () => '/api/forvaltningar/sdt/ska/forskola/2018.docx',
    updateSkaScores: async (_f: string, _s: string, _y: number, _id: string, sentETag: string, body: SkaScoresUpdate) => {
      patches.push({ eTag: sentETag, body });
      if (stale) {
        stale = false;
        scores = scores.map((s) => (s[0] === 'VC' && s[1] === 2 ? ['VC', 2, 4] : s));
        eTag = '"2"';
        throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta', [], { ...view().assessments[0]! });
      }
      if (sentETag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta', [], view().assessments[0]);
      for (const s of body.scores) scores = scores.map((x) => (x[0] === s.role && x[1] === s.criterion ? [x[0], x[1], s.score!] : x));
      eTag = `"${Number(JSON.parse(eTag)) + 1}"`;
      return view().assessments[0]!;
    },
    updateSkaArea: async (_f: string, _s: string, year: number, id: string, sentETag: string, body: SkaAreaUpdate) => {
      areaWrites.push({ year, id, eTag: sentETag, body });
      areas[id] = { ...areas[id]!, ...body, eTag: '"2"' } as StoredSkaArea;
      return areas[id];
    },
    updateSkaAnalysis: async (_f: string, _s: string, _y: number, sentETag: string | null, body: SkaAnalysisUpdate) => {
      analysisWrites.push({ eTag: sentETag, body });
      analysis = { id: 'an1', ...owner, unitId: null, texts: { historical: '', organisation: '', resources: '', method: '', equity: '', ...(analysis?.texts ?? {}), ...body }, eTag: '"1"' };
      return analysis;
    },
  };
  return { api: api as unknown as ApiClient, patches, analysisWrites, areaWrites, unitWrites, planReads: () => planReads };
}

const render = (api: ApiClient, identity: string) =>
  renderInFluent(<SkaPage api={api} route={{ page: 'ska', forvaltningId: 'sdt', year: 2018, scope: 'forskola' }} identity={identity} onIdentityChange={() => undefined} />);
const table = (name: string) => screen.findByRole('table', { name, hidden: true });
const rowsOf = (t: HTMLElement) => within(t).getAllByRole('row', { hidden: true }).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

it('shows the units’ results with the published total and the units’ mean beside it, the scores side by side with averages and spread, and the analysis', async () => {
  render(fakeApi().api, reader.id);
  const results = await table('Når femåringarna målen? (2017/18)');
  const rows = rowsOf(results);
  expect(rows[2]).toEqual(['Brunnsäng', '–', '–', '93\u00a0%']);
  expect(rows[3]).toEqual(['Järna', '–', '–', '80,5\u00a0%']);
  expect(rows[4]).toEqual(['Totalt', '–', '–', '87,7\u00a0%publicerat']);
  expect(screen.getByRole('list', { name: 'Enheternas medelvärde, bara för jämförelse:', hidden: true }).textContent).toBe('Språkutveckling: medelvärde 86,8\u00a0%, totalt 87,7\u00a0%');
  expect(rowsOf(await table('Totalt per läsår: Förskolans kunskapsområden')).slice(1)).toEqual([
    ['2017/18', '87,7\u00a0%publicerat'],
    ['2016/17', '87,9\u00a0%publicerat'],
  ]);

  const scores = rowsOf(await table('Självskattning: Pedagogisk ledning'));
  expect(scores).toEqual([
    ['Kriterium', 'FL 2018', 'VC 2018', 'Spridning mellan enheter'],
    ['1. Ledningen är tydlig', '3,94', '3,85', '2,00–4,00 (2 enheter)'],
    ['2. Ledningen leder', '4,15', '3,38', '3,00–3,00 (2 enheter)'],
    ['Medelvärde', '4,05', '3,62', '2,50–3,50 (2 enheter)'],
  ]);
  expect(screen.getByRole('region', { name: 'Analys utifrån ett historiskt och jämförande perspektiv', hidden: true })).toHaveTextContent('Inte skrivet ännu.');
  expect(screen.queryByRole('button', { name: /^Ändra/, hidden: true })).toBeNull();
  expect(screen.getByRole('link', { name: 'Ladda ner som Word', hidden: true })).toHaveAttribute('href', '/api/forvaltningar/sdt/ska/forskola/2018.docx');
});

it('the leader changes one score: a number out of range is refused in Swedish, then only that score is sent with the eTag and the average follows', async () => {
  const fake = fakeApi();
  render(fake.api, chef.id);
  await table('Självskattning: Pedagogisk ledning');
  fireEvent.click(screen.getByRole('button', { name: 'Ändra skattningar: Pedagogisk ledning', hidden: true }));
  const dialog = await screen.findByRole('dialog');
  const field = within(dialog).getByLabelText('Kriterium 2, VC 2018');
  expect(field).toHaveValue('3,38');
  fireEvent.change(field, { target: { value: '7' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  expect(await within(dialog).findByText('Ange ett tal mellan 1 och 5')).toBeInTheDocument();
  expect(fake.patches).toEqual([]);
  fireEvent.change(field, { target: { value: '3,5' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(fake.patches).toEqual([{ eTag: '"1"', body: { scores: [{ role: 'VC', year: 2018, strategy: 'pedagogiskLedning', criterion: 2, score: 3.5 }] } }]);
  await waitFor(async () => expect(rowsOf(await table('Självskattning: Pedagogisk ledning'))[3]).toEqual(['Medelvärde', '4,05', '3,68', '2,50–3,50 (2 enheter)']));
  expect(screen.getByText('Ändringen är sparad.')).toBeInTheDocument();
});

it('someone else saved first: what was typed stays, and saving again goes over the newer version with its eTag', async () => {
  const fake = fakeApi({ staleOnce: true });
  render(fake.api, chef.id);
  await table('Självskattning: Pedagogisk ledning');
  fireEvent.click(screen.getByRole('button', { name: 'Ändra skattningar: Pedagogisk ledning', hidden: true }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('Kriterium 1, FL 2018'), { target: { value: '5' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  expect(await within(dialog).findByText('Någon annan har sparat först')).toBeInTheDocument();
  expect(within(dialog).getByLabelText('Kriterium 1, FL 2018')).toHaveValue('5');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara mina ändringar ändå' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(fake.patches.map((p) => p.eTag)).toEqual(['"1"', '"2"']);
  // Their change (VC 4) and mine (FL 5) are both in the table.
  await waitFor(async () => expect(rowsOf(await table('Självskattning: Pedagogisk ledning'))[1]?.slice(0, 3)).toEqual(['1. Ledningen är tydlig', '5,00', '3,85']));
  expect(rowsOf(await table('Självskattning: Pedagogisk ledning'))[2]?.slice(0, 3)).toEqual(['2. Ledningen leder', '4,15', '4,00']);
});

it('the first analysis text is written without an eTag and shows on the page', async () => {
  const fake = fakeApi();
  render(fake.api, chef.id);
  await table('Självskattning: Pedagogisk ledning');
  const opener = screen.getByRole('button', { name: 'Ändra: Analys utifrån ett likvärdighetsperspektiv', hidden: true });
  opener.focus();
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('Analys utifrån ett likvärdighetsperspektiv'), { target: { value: 'Alla barn ska mötas av samma kvalitet.' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(fake.analysisWrites).toEqual([{ eTag: null, body: { equity: 'Alla barn ska mötas av samma kvalitet.' } }]);
  await waitFor(() => expect(screen.getByRole('region', { name: 'Analys utifrån ett likvärdighetsperspektiv', hidden: true })).toHaveTextContent('Alla barn ska mötas av samma kvalitet.'));
});

it('a failed read says so and reads again on "Försök igen"', async () => {
  render(fakeApi({ failFirst: true }).api, reader.id);
  expect(await screen.findByText('Tjänsten svarar inte just nu')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Försök igen', hidden: true }));
  expect(await table('Självskattning: Pedagogisk ledning')).toBeInTheDocument();
});

it('the leader changes an area’s actions (only they are sent) and writes last läsår’s follow-up as a whole, under that läsår', async () => {
  const fake = fakeApi();
  render(fake.api, chef.id);
  await table('Självskattning: Pedagogisk ledning');
  fireEvent.click(screen.getByRole('button', { name: 'Ändra: Förbättringsområde 1 Språk', hidden: true }));
  let dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByLabelText('Åtgärder')).toHaveValue('Lärande samtal');
  fireEvent.change(within(dialog).getByLabelText('Åtgärder'), { target: { value: 'Lärande samtal\n Normpiloter \n' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(fake.areaWrites).toEqual([{ year: 2018, id: 'fo-2018', eTag: '"1"', body: { actions: ['Lärande samtal', 'Normpiloter'] } }]);

  fireEvent.click(screen.getByRole('button', { name: 'Ändra uppföljning: Förbättringsområde 1 Språk', hidden: true }));
  dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('Resultat'), { target: { value: 'Basmiljöer i alla enheter.' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(fake.areaWrites[1]).toEqual({
    year: 2017,
    id: 'fo-2017',
    eTag: '"1"',
    body: { followUp: { desiredImprovement: [], actionsTaken: [], result: 'Basmiljöer i alla enheter.', assessment: '', futureNeeds: '' } },
  });
});

it('a förskolechef scores their unit beside the förvaltning: half steps are refused, only the changed score is sent without an eTag, and the plan is read again', async () => {
  const fake = fakeApi();
  render(fake.api, reader.id);
  const unitTable = await table('Brunnsäng: Pedagogisk ledning');
  expect(rowsOf(unitTable)).toEqual([
    ['Kriterium', 'Vår enhet (FL)', 'Förvaltningen FL 2018', 'Förvaltningen VC 2018'],
    ['1. Ledningen är tydlig', '–', '3,94', '3,85'],
    ['2. Ledningen leder', '4,00', '4,15', '3,38'],
    ['Medelvärde', '–', '4,05', '3,62'],
  ]);
  expect(screen.getByRole('heading', { name: 'Vår enhets självskattning', hidden: true })).toBeInTheDocument();
  const readsBefore = fake.planReads();
  fireEvent.click(screen.getByRole('button', { name: 'Skatta: Pedagogisk ledning', hidden: true }));
  const dialog = await screen.findByRole('dialog');
  const field = within(dialog).getByLabelText('Kriterium 1');
  expect(field).toHaveValue('');
  expect(within(dialog).getByLabelText('Kriterium 2')).toHaveValue('4');
  fireEvent.change(field, { target: { value: '3,5' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  expect(await within(dialog).findByText('Ange en hel siffra 1–5')).toBeInTheDocument();
  expect(fake.unitWrites).toEqual([]);
  fireEvent.change(field, { target: { value: '3' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(fake.unitWrites).toEqual([{ eTag: null, body: { scores: [{ strategy: 'pedagogiskLedning', criterion: 1, score: 3 }] } }]);
  await waitFor(async () => expect(rowsOf(await table('Brunnsäng: Pedagogisk ledning'))[1]?.slice(0, 2)).toEqual(['1. Ledningen är tydlig', '3,00']));
  expect(fake.planReads()).toBeGreaterThan(readsBefore);
});

it('the förvaltning leader, who leads no unit, has no unit self-assessment', async () => {
  render(fakeApi().api, chef.id);
  await table('Självskattning: Pedagogisk ledning');
  expect(screen.queryByRole('heading', { name: 'Vår enhets självskattning', hidden: true })).toBeNull();
});

it('an average the document printed one rounding step apart shows the printed one beside the computed', async () => {
  const base = assessment([['FL', 1, 4], ['FL', 2, 3], ['VC', 1, 3.4], ['VC', 2, 3.5]]);
  const averages = base.averages.map((a) => (a.role === 'VC' ? { ...a, printed: 3.4, printedCheck: 'withinRounding' as const } : a));
  renderInFluent(<AssessmentTables assessment={{ ...base, unitSpread: { unitIds: [], criteria: [], strategies: [] }, averages }} />);
  expect(rowsOf(await table('Självskattning: Pedagogisk ledning')).at(-1)).toEqual(['Medelvärde', '3,50', '3,45tryckt 3,40']);
});
