// Every app role × group membership against every kind of endpoint, over real HTTP on the local host in
// entra mode (tokens from a fake Entra ID): the rules of shared/src/access.ts and permissions.ts as the
// API applies them. A fresh database per person, so one person's writes never decide another's answer.
import { randomUUID } from 'node:crypto';
import { demoGroupIds } from '../seed/demo/groups';
import { sodertaljeUnitId, sodertaljeUnitNames } from '../seed/demo/sodertalje';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { entraAccess } from '../testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../testing/fakeAuthority';

const otherGroups = { forvaltning: randomUUID(), unit: randomUUID() };
const hag = '/units/hagerstensasens-forskolor';
const mv = '/units/malarhojden-vastertorps-forskolor';
const forvaltning = '/forvaltningar/hagersten-alvsjo';

let authority: FakeAuthority;
let host: ApiHost;

beforeAll(async () => {
  authority = await startFakeAuthority();
});
afterAll(() => authority.close());

beforeEach(async () => {
  host = await startApiHost(undefined, entraAccess(authority.settings));
  // A second förvaltning with a unit, linked to groups of their own.
  const actor = { id: 'setup', name: 'Setup' };
  await host.store.create('forvaltning', { id: 'annan', name: 'Annan förvaltning', municipality: 'Stockholm', committee: 'Annan nämnd', groupId: otherGroups.forvaltning }, actor);
  await host.store.create('unit', { id: 'annan-enhet', forvaltningId: 'annan', name: 'Annan enhet', description: '', preschools: [], groupId: otherGroups.unit }, actor);
  await host.store.create('aptMeeting', aptMeeting, actor);
  await host.store.create('skaAssessment', skaAssessment, actor);
});
afterEach(() => host.stop());

/** A planned APT of the unit, for the endpoints that address a meeting. */
const aptMeeting = {
  id: randomUUID(),
  forvaltningId: 'hagersten-alvsjo',
  unitId: 'hagerstensasens-forskolor',
  year: 2021,
  date: '2021-09-15',
  title: 'APT 2021-09-15',
  state: 'planned' as const,
  agenda: [{ id: 'egen', source: 'custom' as const, goalId: null, decisionId: null, title: 'Övriga frågor', reasons: [] }],
  currentItemId: null,
  presenter: null,
  changesSince: null,
  createdAt: '2021-09-01T08:00:00.000Z',
  createdBy: { id: 'setup', name: 'Setup' },
  startedAt: null,
  endedAt: null,
  endedBy: null,
};

/** The förvaltning's self-assessment of its förskola plan 2018, which a unit's own is scored against. */
const skaAssessment = {
  id: 'hag-ska-2018-forskola',
  forvaltningId: 'hagersten-alvsjo',
  unitId: null,
  year: 2018,
  scope: 'forskola' as const,
  heading: 'Självskattning',
  scale: ['1', '2', '3', '4', '5'],
  roles: [{ key: 'VC', label: 'verksamhetschef' }],
  strategies: [{ key: 'pedagogiskLedning' as const, name: 'Pedagogisk ledning', comment: '', criteria: [{ number: 1, text: 'Ledningen är tydlig.' }] }],
  scores: [],
  printedAverages: [],
  decimals: 2,
};

type Call = (token: string) => Promise<Response>;
const bearer = (token: string, more: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...more });
const get = (path: string): Call => (token) => host.call(path, { headers: bearer(token) });
const send = (method: string, path: string, body: unknown, ifMatch?: string): Call => (token) =>
  host.call(path, { method, headers: bearer(token, ifMatch ? { 'if-match': ifMatch } : {}), body: JSON.stringify(body) });

/** PATCH of a goal with the eTag read by someone who may read it (a läsare). */
const patchGoal = (path: string): Call => async (token) => {
  const eTag = (await get(path)(await reader())).headers.get('etag')!;
  return send('PATCH', path, { workingMethods: 'Ändrad i behörighetstestet.' }, eTag)(token);
};

const endpoints = {
  me: get('/me'),
  'read own förvaltning’s unit plan': get(`${hag}/plans/2021`),
  'read own förvaltning’s overview': get(`${forvaltning}/overview?year=2021&period=T1`),
  'read another förvaltning’s unit': get('/units/annan-enhet'),
  'write own unit': patchGoal(`${hag}/plans/2021/goals/hag-em-1`),
  'write another unit': patchGoal(`${mv}/plans/2021/goals/mv-em-1`),
  'write förvaltning items': patchGoal(`${forvaltning}/plans/2021/goals/nm-1.3-1`),
  report: send('PUT', `${hag}/plans/2021/reports/T1`, {}),
  'read own förvaltning’s report approval': get(`${hag}/plans/2021/reports/T2/approval`),
  'submit report': (token) =>
    host.call(`${hag}/plans/2021/reports/T2/approval`, { method: 'POST', headers: bearer(token, { 'idempotency-key': randomUUID() }), body: JSON.stringify({ action: 'submit' }) }),
  summaries: send('POST', `${forvaltning}/summaries?year=2021&period=T1`, {}),
  audit: get(`/audit?forvaltningId=hagersten-alvsjo&limit=5`),
  'another förvaltning’s audit': get('/audit?forvaltningId=annan&limit=5'),
  'read own förvaltning’s APTs': get(`${hag}/apt?year=2021`),
  'read own förvaltning’s APT meeting': get(`/apt/${aptMeeting.id}`),
  'prepare APT': send('POST', `${hag}/apt`, { year: 2021, date: '2021-10-15' }),
  'note in APT': send('POST', `/apt/${aptMeeting.id}/notes`, { agendaItemId: 'egen', type: 'note', text: 'Anteckning' }),
  'flag goal for APT': send('POST', `${hag}/apt/flags`, { year: 2021, goalId: 'hag-em-1', reason: 'Prata om detta' }),
  'read own förvaltning’s competence plan': get(`${forvaltning}/competence/2023`),
  'write competence plan': send('POST', `${forvaltning}/competence/2023`, { avdelning: 'Avdelning förskola', categories: ['utveckla'], activity: 'Ny aktivitet' }),
  'read own förvaltning’s competence follow-up': get(`${forvaltning}/competence/2023/followup/T1`),
  'read own förvaltning’s SKA plan': get(`${forvaltning}/ska/forskola/2018`),
  'write SKA plan': send('POST', `${forvaltning}/ska/forskola/2018/areas`, { type: 'utvecklingsomrade', title: 'Lärande organisation' }),
  'read own förvaltning’s unit SKA self-assessment': get(`${hag}/ska/forskola/2018`),
  'score own unit’s SKA self-assessment': send('PATCH', `${hag}/ska/forskola/2018`, { scores: [{ strategy: 'pedagogiskLedning', criterion: 1, score: 3 }] }),
  'follow up competence plan': async (token) => {
    const eTag = (await get(`${forvaltning}/competence/2023/followup/T1`)(await reader())).headers.get('etag')!;
    return send('PATCH', `${forvaltning}/competence/2023/followup/T1`, { entries: [{ rowId: 'comp-forskola-01', status: 'ongoing' }] }, eTag)(token);
  },
} satisfies Record<string, Call>;
type Endpoint = keyof typeof endpoints;

const tokenFor = (roles: string[], groups: string[]) => authority.mint({ ...authority.claimsFor({ name: roles.join('+') || 'utan roll' }), roles, groups });
const reader = () => tokenFor(['Lasare'], []);

// ok: 2xx; 403: refused with a reason. Every person here has a valid token, so /me always answers.
type Answer = 'ok' | 403;
const allowed = (...ok: Endpoint[]): Record<string, Answer> =>
  Object.fromEntries((Object.keys(endpoints) as Endpoint[]).map((e): [string, Answer] => [e, e === 'me' || ok.includes(e) ? 'ok' : 403]));
const reads = [
  'read own förvaltning’s unit plan',
  'read own förvaltning’s overview',
  'read own förvaltning’s report approval',
  'audit',
  'read own förvaltning’s APTs',
  'read own förvaltning’s APT meeting',
  'read own förvaltning’s competence plan',
  'read own förvaltning’s competence follow-up',
  'read own förvaltning’s SKA plan',
  'read own förvaltning’s unit SKA self-assessment',
] as const;
/** What everyone of the unit does in its APT; preparing one is the rektor's and the avdelningschef's. */
const takesPart = ['note in APT', 'flag goal for APT'] as const;

const people: [string, string[], string[], Record<string, Answer>][] = [
  ['Personal in the unit’s Team', ['Personal'], [demoGroupIds.hagerstensasen], allowed(...reads, 'write own unit', 'report', 'submit report', ...takesPart)],
  [
    'Rektor in the unit’s Team',
    ['Rektor'],
    [demoGroupIds.hagerstensasen],
    allowed(...reads, 'write own unit', 'report', 'submit report', ...takesPart, 'prepare APT', 'score own unit’s SKA self-assessment'),
  ],
  [
    'Rektor in two units’ Teams',
    ['Rektor'],
    [demoGroupIds.hagerstensasen, demoGroupIds.malarhojdenVastertorp],
    allowed(...reads, 'write own unit', 'write another unit', 'report', 'submit report', ...takesPart, 'prepare APT', 'score own unit’s SKA self-assessment'),
  ],
  [
    'Avdelningschef in the förvaltning’s group',
    ['Avdelningschef'],
    [demoGroupIds.forvaltning],
    // The avdelningschef receives the units' reports and may return them, but never submits them.
    allowed(...reads, 'write own unit', 'write another unit', 'write förvaltning items', 'report', 'summaries', ...takesPart, 'prepare APT', 'write competence plan', 'follow up competence plan', 'write SKA plan', 'score own unit’s SKA self-assessment'),
  ],
  ['Avdelningschef of another förvaltning', ['Avdelningschef'], [otherGroups.forvaltning], allowed('read another förvaltning’s unit', 'another förvaltning’s audit')],
  ['Rektor in another förvaltning’s unit', ['Rektor'], [otherGroups.unit], allowed('read another förvaltning’s unit', 'another förvaltning’s audit')],
  ['Läsare', ['Lasare'], [], allowed(...reads, 'read another förvaltning’s unit', 'another förvaltning’s audit')],
  ['Läsare in the unit’s Team', ['Lasare'], [demoGroupIds.hagerstensasen], allowed(...reads, 'read another förvaltning’s unit', 'another förvaltning’s audit')],
  ['Rektor in no linked Team', ['Rektor'], [randomUUID()], allowed()],
  ['no role, in the unit’s Team', [], [demoGroupIds.hagerstensasen], allowed()],
];

describe('role × membership × endpoint, in entra mode over HTTP', () => {
  it.each(people)('%s', async (_who, roles, groups, expected) => {
    const token = await tokenFor(roles, groups);
    const answered: Record<string, 'ok' | number> = {};
    for (const [name, call] of Object.entries(endpoints)) {
      const response = await call(token);
      answered[name] = response.ok ? 'ok' : response.status;
      // A refusal says why, in a sentence.
      if (response.status === 403) expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^[A-ZÅÄÖ].{20,}/);
    }
    expect(answered).toEqual(expected);
  });

  it('lists only what the caller may read: units and förvaltningar of their own förvaltning; a läsare every one', async () => {
    const ids = async (path: string, token: string) => ((await (await get(path)(token)).json()) as { id: string }[]).map((x) => x.id).sort();
    const rektor = await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen]);
    expect(await ids('/units', rektor)).toEqual(['hagerstensasens-forskolor', 'malarhojden-vastertorps-forskolor']);
    expect(await ids('/forvaltningar', rektor)).toEqual(['hagersten-alvsjo']);
    const sodertaljeUnits = sodertaljeUnitNames.map(([key]) => sodertaljeUnitId(key));
    expect(await ids('/units', await reader())).toEqual(['annan-enhet', 'hagerstensasens-forskolor', 'malarhojden-vastertorps-forskolor', ...sodertaljeUnits, 'smedjebacken-forskolan'].sort());
    expect(await ids('/forvaltningar', await reader())).toEqual(['annan', 'hagersten-alvsjo', 'smedjebacken-fuf', 'sodertalje-uk']);
  });

  it('an audit trail asked without a förvaltning is the caller’s own förvaltning’s', async () => {
    const chef = await tokenFor(['Avdelningschef'], [otherGroups.forvaltning]);
    const entries = (await (await get('/audit?limit=100')(chef)).json()) as { forvaltningId: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.forvaltningId))).toEqual(new Set(['annan']));
    const all = (await (await get('/audit?limit=1000')(await reader())).json()) as { forvaltningId: string }[];
    expect(new Set(all.map((e) => e.forvaltningId))).toEqual(new Set(['annan', 'hagersten-alvsjo', 'smedjebacken-fuf', 'sodertalje-uk']));
  });
});
