import { buildGoalTree, type Activity, type AptNote, type AuditEntry, type Goal, type GoalFlag, type Stored } from '@vp/shared';
import { goalPointId, proposeAgenda, type AgendaData } from './agendaProposal';

const scope = { forvaltningId: 'f', year: 2021 };
const goal = (id: string, order: number, title: string, extra: Partial<Goal> = {}): Stored<Goal> => ({
  id,
  ...scope,
  unitId: 'u',
  parentId: null,
  order,
  level: 'unitGoal',
  number: null,
  title,
  description: '',
  expectedResults: [],
  workingMethods: '',
  resources: [],
  followUp: [],
  development: '',
  eTag: 'e',
  ...extra,
});
const activity = (id: string, parentId: string, text: string): Stored<Activity> => ({
  id,
  ...scope,
  unitId: 'u',
  parentId,
  order: 0,
  text,
  start: '2021-01-01',
  end: '2021-12-31',
  responsible: '',
  resources: '',
  eTag: 'e',
});
const goals = buildGoalTree(
  [goal('g2', 2, 'Andra målet'), goal('g1', 1, 'Första målet'), goal('g1a', 0, 'Delmål', { parentId: 'g1' })],
  [],
  [activity('a1', 'g1', 'Läsfrämjande'), activity('a2', 'g2', 'Utemiljö')],
);
const audit = (at: string, action: AuditEntry['action'], kind: string, itemId: string, changes: AuditEntry['changes']): AuditEntry => ({
  id: `${itemId}-${at}`,
  at,
  actor: { id: 'x', name: 'X' },
  action,
  kind,
  itemId,
  forvaltningId: 'f',
  unitId: 'u',
  year: 2021,
  changes,
});
const flag = (goalId: string, reason: string): GoalFlag => ({
  id: `flag-${goalId}`,
  ...scope,
  unitId: 'u',
  goalId,
  reason,
  flaggedAt: '2021-03-01T00:00:00.000Z',
  flaggedBy: { id: 'p', name: 'Pia' },
  discussedIn: null,
});
const decision = (id: string, text: string, extra: Partial<AptNote> = {}): AptNote => ({
  id,
  ...scope,
  unitId: 'u',
  parentId: 'm0',
  agendaItemId: 'goal-g1',
  goalId: 'g1',
  type: 'decision',
  text,
  responsible: null,
  due: null,
  closedAt: null,
  closedBy: null,
  createdAt: '2021-02-01T10:00:00.000Z',
  createdBy: { id: 'r', name: 'Rektor' },
  changedAt: '2021-02-01T10:00:00.000Z',
  changedBy: { id: 'r', name: 'Rektor' },
  ...extra,
});
const report = { ...scope, unitId: 'u', period: 'T1' as const };
const empty: AgendaData = { year: 2021, period: 'T1', goals, changesSince: '2021-02-01T12:00:00.000Z', audit: [], goalReports: [], activityReports: [], flags: [], decisions: [] };
const agenda = (data: Partial<AgendaData>) => proposeAgenda({ ...empty, ...data }).map((i) => ({ id: i.id, source: i.source, reasons: i.reasons }));

describe('the agenda proposal', () => {
  it.each<[string, Partial<AgendaData>, ReturnType<typeof agenda>]>([
    ['nothing to discuss: an empty agenda', {}, []],
    [
      'a change after the last APT, not one before it',
      {
        audit: [
          audit('2021-02-01T11:00:00.000Z', 'update', 'goal', 'g2', [{ field: 'description', before: '', after: 'Före' }]),
          audit('2021-02-02T09:00:00.000Z', 'update', 'goal', 'g2', [{ field: 'description', before: 'Före', after: 'Efter' }]),
        ],
      },
      [{ id: 'goal-g2', source: 'change', reasons: ['Ändrat sedan förra APT: målet (beskrivning)'] }],
    ],
    [
      'a new activity counts for its goal; a deleted one is found by what its audit entry kept',
      {
        audit: [
          audit('2021-02-03T09:00:00.000Z', 'create', 'activity', 'a1', [{ field: 'text', before: undefined, after: 'Läsfrämjande' }]),
          audit('2021-02-04T09:00:00.000Z', 'delete', 'indicator', 'gone', [
            { field: 'parentId', before: 'g1', after: undefined },
            { field: 'name', before: 'Andel läsande', after: undefined },
          ]),
        ],
      },
      [{ id: 'goal-g1', source: 'change', reasons: ['Ändrat sedan förra APT: aktiviteten "Läsfrämjande" (ny)', 'Ändrat sedan förra APT: indikatorn "Andel läsande" (borttagen)'] }],
    ],
    [
      'without an earlier APT, every change of the year, each changed field named',
      {
        changesSince: null,
        audit: ['title', 'number', 'description', 'development', 'workingMethods', 'followUp', 'resources'].map((field, i) =>
          audit(`2021-01-0${i + 2}T09:00:00.000Z`, 'update', i < 6 ? 'goal' : 'activity', i < 6 ? `g1a` : 'a1', [{ field, before: 'a', after: 'b' }]),
        ),
      },
      [
        { id: 'goal-g1', source: 'change', reasons: ['Ändrat under 2021: aktiviteten "Läsfrämjande" (resursanvändning)'] },
        { id: 'goal-g1a', source: 'change', reasons: ['Ändrat under 2021: målet (rubrik, nummer, beskrivning, utveckling, arbetssätt, uppföljning)'] },
      ],
    ],
    [
      'follow-up that lags: assessed delvis, an activity still going on; a goal assessed helt stays off',
      {
        period: 'T2',
        goalReports: [
          { id: 'r1', ...report, period: 'T2', goalId: 'g2', assessment: 'partly', analysis: '' },
          { id: 'r2', ...report, period: 'T2', goalId: 'g1', assessment: 'fully', analysis: '' },
        ],
        activityReports: [
          { id: 'r3', ...report, period: 'T2', activityId: 'a2', status: 'ongoing', comment: '' },
          { id: 'r4', ...report, period: 'T2', activityId: 'a1', status: 'done', comment: '' },
        ],
      },
      [{ id: 'goal-g2', source: 'report', reasons: ['Bedömning T2: delvis uppfyllt', 'Aktiviteten "Utemiljö": pågående'] }],
    ],
    ['the verksamhetsberättelse names the outcome', { period: 'VB', goalReports: [{ id: 'r1', ...report, period: 'VB', goalId: 'g1', assessment: 'not', analysis: '' }] }, [{ id: 'goal-g1', source: 'report', reasons: ['Bedömning VB: ej uppfyllt'] }]],
    ['a flag, with who flagged it', { flags: [flag('g1a', 'Vi behöver prata om detta')] }, [{ id: 'goal-g1a', source: 'flag', reasons: ['Flaggat av Pia: Vi behöver prata om detta'] }]],
    [
      'open decisions after the goals, oldest meeting first',
      {
        flags: [flag('g2', 'Hur går det?')],
        decisions: [
          { note: decision('d2', 'Köpa nya böcker', { responsible: 'Anna', due: '2021-10-01' }), meetingDate: '2021-03-01' },
          { note: decision('d1', 'Ses igen'), meetingDate: '2021-02-01' },
        ],
      },
      [
        { id: 'goal-g2', source: 'flag', reasons: ['Flaggat av Pia: Hur går det?'] },
        { id: 'decision-d1', source: 'decision', reasons: ['Öppet beslut'] },
        { id: 'decision-d2', source: 'decision', reasons: ['Ansvarig: Anna, senast 2021-10-01'] },
      ],
    ],
  ])('%s', (_name, data, expected) => {
    expect(agenda(data)).toEqual(expected);
  });

  it('gives a goal its source from the first reason and orders goals as the plan does', () => {
    const items = proposeAgenda({
      ...empty,
      flags: [flag('g1', 'Flagga')],
      goalReports: [{ id: 'r1', ...report, goalId: 'g1', assessment: 'partly', analysis: '' }],
      audit: [audit('2021-03-01T00:00:00.000Z', 'update', 'goal', 'g2', [{ field: 'order', before: 1, after: 2 }])],
    });
    expect(items.map((i) => [i.id, i.source, i.title, i.goalId])).toEqual([
      ['goal-g1', 'report', 'Första målet', 'g1'],
      ['goal-g2', 'change', 'Andra målet', 'g2'],
    ]);
  });

  it('counts the changes beyond five', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      audit(`2021-03-0${i + 1}T00:00:00.000Z`, 'create', 'activity', `new${i}`, [
        { field: 'parentId', before: undefined, after: 'g2' },
        { field: 'text', before: undefined, after: `Ny ${i}` },
      ]),
    );
    const [item] = proposeAgenda({ ...empty, audit: many });
    expect(item!.reasons).toHaveLength(6);
    expect(item!.reasons.at(-1)).toBe('och 3 ändringar till');
  });

  it('titles a decision with its meeting date and the first 80 characters', () => {
    const text = 'x'.repeat(120);
    const [item] = proposeAgenda({ ...empty, decisions: [{ note: decision('d1', text), meetingDate: '2021-02-01' }] });
    expect(item).toMatchObject({ id: 'decision-d1', decisionId: 'd1', goalId: 'g1', source: 'decision' });
    expect(item!.title.startsWith('Beslut 2021-02-01: xxx')).toBe(true);
    expect(item!.title.length).toBeLessThanOrEqual('Beslut 2021-02-01: '.length + 80);
  });
});

describe('an agenda point’s id', () => {
  it('is "goal-{goalId}", hashed where that would pass the 100 characters of an id', () => {
    expect(goalPointId('g1')).toBe('goal-g1');
    const long = goalPointId('g'.repeat(100));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).not.toBe(goalPointId(`${'g'.repeat(99)}h`));
  });
});
