import { formatTarget, formatValue, localDate, periodOfDate, type AptMeeting, type Store, type Stored } from '@vp/shared';
import { moveTo } from '../app/apt/meetings';
import { devUsers } from '../identity/devUsers';
import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

const unit = 'hagerstensasens-forskolor';
const base = `/units/${unit}/apt`;
const year = 2021;
const rektor = 'dev-rektor-hag';
const staff = 'dev-personal-hag';
const staffName = 'Personal, Hägerstensåsens förskolor';

describe.each(apiOnEachStore)('APT (%s)', (_store, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const send = (method: string, path: string, as: string, body?: unknown, headers: Record<string, string> = {}) =>
    api.call(path, { method, as, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const create = async (date = '2021-09-15', as = rektor) => {
    const response = await send('POST', base, as, { year, date });
    expect(response.status).toBe(201);
    return response.json();
  };
  const end = async (meetingId: string, as = rektor) => {
    const response = await send('POST', `/apt/${meetingId}/end`, as);
    expect(response.status).toBe(200);
    return response.json();
  };
  const view = async (meetingId: string) => (await api.call(`/apt/${meetingId}`)).json();
  const proposal = async () => (await api.call(`${base}/agenda?year=${year}`)).json();
  const note = (meetingId: string, body: unknown, as = staff) => send('POST', `/apt/${meetingId}/notes`, as, body);
  const reasonsOf = (items: { id: string; reasons: string[] }[], id: string) => items.find((i) => i.id === id)?.reasons ?? [];

  it('is prepared by the rektor, not by the staff, with the proposal as its agenda', async () => {
    const refused = await send('POST', base, staff, { year, date: '2021-09-15' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/rektor/);
    const expected = await proposal();
    const response = await send('POST', base, rektor, { year, date: '2021-09-15' });
    expect(response.status).toBe(201);
    const meeting = await response.json();
    expect(response.headers.get('etag')).toBe(meeting.eTag);
    expect(meeting).toMatchObject({ unitId: unit, year, date: '2021-09-15', title: 'APT 2021-09-15', state: 'planned', changesSince: null, currentItemId: null, presenter: null });
    expect(meeting.agenda).toEqual(expected.items);
    expect(meeting.agenda.length).toBeGreaterThan(0);
    expect(await (await api.call(`${base}?year=${year}`)).json()).toEqual([meeting]);
    expect(await (await api.call(`${base}?year=2022`)).json()).toEqual([]);
  });

  it('proposes what changed since the last APT, lagging follow-up, flags and open decisions, until discussed or closed', async () => {
    // An earlier APT with a decision: its end is where the next one's changes start.
    const first = await create('2021-02-10');
    const decided = await note(first.id, { agendaItemId: first.agenda[0].id, type: 'decision', text: 'Vi köper nya böcker', responsible: 'Anna', due: '2021-10-01' });
    expect(decided.status).toBe(201);
    const decision = await decided.json();
    expect(decision.goalId).toBe(first.agenda[0].goalId);
    const ended = await end(first.id);
    expect(ended).toMatchObject({ state: 'ended', endedBy: { id: rektor } });
    expect((await proposal()).changesSince).toBe(ended.endedAt);

    // A change through the API, an assessment "delvis" in the current period's report, a flag.
    const goalPath = `/units/${unit}/plans/${year}/goals/hag-em-1`;
    const goal = await api.call(goalPath);
    const changed = await send('PATCH', goalPath, rektor, { description: 'Ny beskrivning' }, { 'if-match': goal.headers.get('etag')! });
    expect(changed.status).toBe(200);
    const period = periodOfDate(localDate(new Date()));
    const report = await send('PUT', `/units/${unit}/plans/${year}/reports/${period}`, staff, { goals: [{ goalId: 'hag-em-2', assessment: 'partly', analysis: '' }] });
    expect(report.status).toBe(200);
    const flagged = await send('POST', `${base}/flags`, staff, { year, goalId: 'hag-em-3', reason: 'Hur går det med utemiljön?' });
    expect(flagged.status).toBe(201);
    const flag = await flagged.json();
    expect(await (await api.call(`${base}/flags?year=${year}`)).json()).toEqual([flag]);

    const before = await proposal();
    expect(before.period).toBe(period);
    expect(reasonsOf(before.items, 'goal-hag-em-1')).toEqual(['Ändrat sedan förra APT: målet (beskrivning)']);
    expect(reasonsOf(before.items, 'goal-hag-em-2')).toEqual([`Bedömning ${period}: delvis uppfyllt`]);
    expect(reasonsOf(before.items, 'goal-hag-em-3')).toEqual([`Flaggat av ${staffName}: Hur går det med utemiljön?`]);
    expect(before.items.find((i: { id: string }) => i.id === `decision-${decision.id}`)).toEqual({
      id: `decision-${decision.id}`,
      source: 'decision',
      goalId: decision.goalId,
      decisionId: decision.id,
      title: 'Beslut 2021-02-10: Vi köper nya böcker',
      reasons: ['Ansvarig: Anna, senast 2021-10-01'],
    });
    // Goals without a reason stay off the agenda.
    expect(before.items.map((i: { id: string }) => i.id)).toEqual(['goal-hag-em-1', 'goal-hag-em-2', 'goal-hag-em-3', `decision-${decision.id}`]);

    // The next APT discusses them: its end marks the flag discussed.
    const second = await create('2021-09-15');
    expect(second.agenda).toEqual(before.items);
    expect(second.changesSince).toBe(ended.endedAt);
    await end(second.id);
    expect(await (await api.call(`${base}/flags?year=${year}`)).json()).toEqual([]);
    const after = await proposal();
    expect(after.items.map((i: { id: string }) => i.id)).toEqual(['goal-hag-em-2', `decision-${decision.id}`]);

    // The decision stays on the agenda until closed, which an ended meeting still allows.
    const current = await api.call(`/apt/${first.id}`);
    const stored = (await current.json()).notes[0];
    const closed = await send('PATCH', `/apt/notes/${decision.id}`, staff, { closed: true }, { 'if-match': stored.eTag });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ closedBy: { id: staff }, changedBy: { id: staff } });
    expect((await proposal()).items.map((i: { id: string }) => i.id)).toEqual(['goal-hag-em-2']);
  });

  it('changes exactly the fields a PATCH names, with the eTag read', async () => {
    const meeting = await create();
    expect(meeting.agenda.length).toBeGreaterThan(1);
    const reordered = [...meeting.agenda].reverse();
    expect((await send('PATCH', `/apt/${meeting.id}`, rektor, { agenda: reordered })).status).toBe(428);
    const patched = await send('PATCH', `/apt/${meeting.id}`, rektor, { agenda: reordered }, { 'if-match': meeting.eTag });
    expect(patched.status).toBe(200);
    const saved = await patched.json();
    expect(saved.eTag).not.toBe(meeting.eTag);
    expect(saved).toEqual({ ...meeting, agenda: reordered, eTag: saved.eTag });
    expect((await view(meeting.id)).meeting).toEqual(saved);

    const stale = await send('PATCH', `/apt/${meeting.id}`, rektor, { title: 'Från en gammal flik' }, { 'if-match': meeting.eTag });
    expect(stale.status).toBe(412);
    expect((await stale.json()).error.current).toEqual(saved);
    expect((await view(meeting.id)).meeting).toEqual(saved);

    const duplicate = await send('PATCH', `/apt/${meeting.id}`, rektor, { agenda: [meeting.agenda[0], meeting.agenda[0]] }, { 'if-match': saved.eTag });
    expect(duplicate.status).toBe(400);
    expect((await duplicate.json()).error.message).toMatch(/två gånger/);
    const byStaff = await send('PATCH', `/apt/${meeting.id}`, staff, { title: 'x' }, { 'if-match': saved.eTag });
    expect(byStaff.status).toBe(403);
    expect((await view(meeting.id)).meeting).toEqual(saved);
  });

  it('keeps both presenters’ moves and a concurrent agenda edit', async () => {
    const meeting = await create();
    const [a, b] = meeting.agenda;
    const custom = { id: 'egen-punkt', source: 'custom', goalId: null, decisionId: null, title: 'Övriga frågor', reasons: [] };
    const [moveA, moveB, patch] = await Promise.all([
      send('POST', `/apt/${meeting.id}/position`, staff, { currentItemId: a.id }),
      send('POST', `/apt/${meeting.id}/position`, rektor, { currentItemId: b.id }),
      send('PATCH', `/apt/${meeting.id}`, rektor, { agenda: [...meeting.agenda, custom] }, { 'if-match': meeting.eTag }),
    ]);
    expect([moveA.status, moveB.status]).toEqual([200, 200]);
    const final = (await view(meeting.id)).meeting;
    // The edit either landed and is kept, or lost the race and was refused with 412: never silently dropped.
    if (patch.status === 200) expect(final.agenda).toEqual([...meeting.agenda, custom]);
    else {
      expect(patch.status).toBe(412);
      expect(final.agenda).toEqual(meeting.agenda);
    }
    expect(final.state).toBe('live');
    expect(final.startedAt).not.toBeNull();
    const presenters: Record<string, string> = { [a.id]: staff, [b.id]: rektor };
    expect(final.presenter.id).toBe(presenters[final.currentItemId]);
  });

  it('moves the presenter after losing to an agenda edit made between its read and its write, keeping the edit', async () => {
    const meeting = await create();
    const custom = { id: 'egen-punkt', source: 'custom', goalId: null, decisionId: null, title: 'Övriga frågor', reasons: [] };
    let edited = false;
    // The agenda changes right after the move read the meeting: the move's first write is stale.
    const racing: Store = Object.create(api.store);
    racing.get = async (kind, id) => {
      const read = await api.store.get(kind, id);
      if (kind === 'aptMeeting' && !edited) {
        edited = true;
        const { eTag, ...stored } = read as Stored<AptMeeting>;
        await api.store.update('aptMeeting', { ...stored, agenda: [...stored.agenda, custom] } as AptMeeting, eTag, { id: rektor, name: 'Rektor' });
      }
      return read;
    };
    const caller = devUsers.find((u) => u.id === staff)!;
    const moved = await moveTo(racing, caller, meeting.id, { currentItemId: meeting.agenda[0].id });
    expect(edited).toBe(true);
    expect(moved).toMatchObject({ currentItemId: meeting.agenda[0].id, presenter: { id: staff }, state: 'live' });
    expect(moved.agenda).toEqual([...meeting.agenda, custom]);
    expect((await view(meeting.id)).meeting).toEqual(moved);
  });

  it('keeps two notes written at once, and tells a poller when anything changed', async () => {
    const meeting = await create();
    const first = await api.call(`/apt/${meeting.id}`);
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag')!;
    const unchanged = await api.call(`/apt/${meeting.id}`, { headers: { 'if-none-match': tag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');

    const item = meeting.agenda[0];
    const [one, two] = await Promise.all([note(meeting.id, { agendaItemId: item.id, type: 'note', text: 'Första' }), note(meeting.id, { agendaItemId: item.id, type: 'note', text: 'Andra' }, rektor)]);
    expect([one.status, two.status]).toEqual([201, 201]);
    const changed = await api.call(`/apt/${meeting.id}`, { headers: { 'if-none-match': tag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    const { notes } = await changed.json();
    expect(notes.map((n: { text: string }) => n.text).sort()).toEqual(['Andra', 'Första']);
    expect(notes.every((n: { goalId: string }) => n.goalId === item.goalId)).toBe(true);
    // A move changes the view too.
    await send('POST', `/apt/${meeting.id}/position`, staff, { currentItemId: item.id });
    expect((await api.call(`/apt/${meeting.id}`, { headers: { 'if-none-match': changed.headers.get('etag')! } })).status).toBe(200);
  });

  it('lists a goal’s notes and decisions newest first, with their meeting', async () => {
    const meeting = await create();
    const item = meeting.agenda.find((i: { goalId: string | null }) => i.goalId !== null);
    const written = [];
    for (const text of ['Ett', 'Två', 'Tre']) written.push(await (await note(meeting.id, { agendaItemId: item.id, type: 'note', text })).json());
    const listed = await (await api.call(`${base}/notes?year=${year}`)).json();
    expect(listed.map((n: { text: string }) => n.text)).toEqual(['Tre', 'Två', 'Ett']);
    expect(listed[0]).toEqual({ ...written[2], meetingDate: meeting.date, meetingTitle: meeting.title });
    expect(await (await api.call(`${base}/notes?year=2022`)).json()).toEqual([]);
  });

  it('shows a goal point and a decision point on the stage', async () => {
    const meeting = await create();
    const item = meeting.agenda.find((i: { goalId: string | null }) => i.goalId === 'hag-em-1');
    const detail = await api.call(`/apt/${meeting.id}/items/${item.id}`);
    expect(detail.status).toBe(200);
    const body = await detail.json();
    expect(body.item).toEqual(item);
    expect(body.decision).toBeNull();
    expect(body.goal).toMatchObject({ goalId: 'hag-em-1', period: periodOfDate(meeting.date), assessment: null, analysis: '' });
    expect(body.goal.heading.length).toBeGreaterThan(0);
    expect((await api.call(`/apt/${meeting.id}/items/no-such-point`)).status).toBe(404);

    const decided = await (await note(meeting.id, { agendaItemId: item.id, type: 'decision', text: 'Beslutat' })).json();
    await end(meeting.id);
    const next = await create('2021-10-15');
    const point = next.agenda.find((i: { decisionId: string | null }) => i.decisionId === decided.id);
    const decision = await (await api.call(`/apt/${next.id}/items/${point.id}`)).json();
    expect(decision.decision).toMatchObject({ id: decided.id, text: 'Beslutat' });
  });

  it('shows an indicator’s target and its newest reported value of the year on the stage', async () => {
    const reports = `/units/${unit}/plans/${year}/reports`;
    const figures = (numerator: number) => ({ indicators: [{ indicatorId: 'ind-kf-1.3-1', value: null, numerator, denominator: 40, weight: null, comment: '' }] });
    expect((await send('PUT', `${reports}/T1`, staff, figures(10))).status).toBe(200);
    expect((await send('PUT', `${reports}/T2`, staff, figures(20))).status).toBe(200);
    // The förvaltning's goal the indicator hangs under comes on the agenda by a flag.
    expect((await send('POST', `${base}/flags`, staff, { year, goalId: 'kf-1.3', reason: 'Kompetensförsörjningen' })).status).toBe(201);
    const meeting = await create();
    const detail = await (await api.call(`/apt/${meeting.id}/items/goal-kf-1.3`)).json();
    const indicator = await (await api.call(`/units/${unit}/plans/${year}/indicators/ind-kf-1.3-1`)).json();
    expect(detail.goal.indicators).toContainEqual({
      indicatorId: 'ind-kf-1.3-1',
      name: indicator.name,
      target: formatTarget(indicator.annualTarget ?? indicator.councilTarget, indicator.measureUnit),
      latest: { period: 'T2', value: formatValue(50, indicator.measureUnit) },
      belowTarget: false,
    });
  });

  it('refuses malformed requests in Swedish, unknown meetings with 404 and changes to an ended meeting with 409', async () => {
    const meeting = await create();
    const item = meeting.agenda[0];
    const bad = [
      await send('POST', base, rektor, '{'),
      await send('POST', base, rektor, { year, date: 'i morgon' }),
      await send('POST', `/apt/${meeting.id}/notes`, staff, { agendaItemId: 'nope', type: 'note', text: 'x' }),
      await send('POST', `/apt/${meeting.id}/notes`, staff, { agendaItemId: item.id, type: 'note', text: 'x', responsible: 'Anna' }),
      await send('POST', `/apt/${meeting.id}/notes`, staff, { agendaItemId: item.id, type: 'memo', text: 'x' }),
      await send('POST', `/apt/${meeting.id}/position`, staff, { currentItemId: 'nope' }),
      await send('POST', `/apt/${meeting.id}/position`, staff, {}),
      await send('POST', `${base}/flags`, staff, { year, goalId: 'hag-em-1', reason: '' }),
      await send('GET', `/apt/${encodeURIComponent('bad id')}`, staff),
      await send('GET', `${base}?year=tjugo`, staff),
    ];
    for (const response of bad) {
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(/[a-zåäö]/i);
    }
    expect((await send('POST', `${base}/flags`, staff, { year, goalId: 'no-such-goal', reason: 'x' })).status).toBe(404);
    // The förvaltning's goals the unit's plan inherits may be flagged; another unit's goal may not.
    expect((await send('POST', `${base}/flags`, staff, { year, goalId: 'nm-1.3-1', reason: 'x' })).status).toBe(201);
    expect((await send('GET', '/apt/00000000-0000-0000-0000-000000000000', staff)).status).toBe(404);
    expect((await send('POST', '/apt/00000000-0000-0000-0000-000000000000/notes', staff, { agendaItemId: item.id, type: 'note', text: 'x' })).status).toBe(404);

    const ended = await end(meeting.id);
    const refusals = [
      await note(meeting.id, { agendaItemId: item.id, type: 'note', text: 'För sent' }),
      await send('POST', `/apt/${meeting.id}/position`, staff, { currentItemId: item.id }),
      await send('PATCH', `/apt/${meeting.id}`, rektor, { title: 'Ny' }, { 'if-match': ended.eTag }),
      await send('POST', `/apt/${meeting.id}/end`, rektor),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(409);
      expect((await response.json()).error.message).toMatch(/avslutat/);
    }
    expect((await view(meeting.id)).meeting).toEqual(ended);
  });

  it('takes a flag back only with its eTag', async () => {
    const flag = await (await send('POST', `${base}/flags`, staff, { year, goalId: 'hag-em-1', reason: 'Prata om detta' })).json();
    expect((await send('DELETE', `${base}/flags/${flag.id}`, staff)).status).toBe(428);
    expect((await send('DELETE', `${base}/flags/${flag.id}`, staff, undefined, { 'if-match': '"old"' })).status).toBe(412);
    expect((await send('DELETE', `${base}/flags/${flag.id}`, 'dev-personal-mv', undefined, { 'if-match': flag.eTag })).status).toBe(403);
    expect((await send('DELETE', `${base}/flags/${flag.id}`, staff, undefined, { 'if-match': flag.eTag })).status).toBe(204);
    expect(await (await api.call(`${base}/flags?year=${year}`)).json()).toEqual([]);
  });
});
