import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';
import { readDocx } from '../testing/docxReader';

const base = '/forvaltningar/hagersten-alvsjo/analyses/2021/T1';
const goal = 'nm-1.3-1';
const put = (api: StoreApi, body: unknown, headers: Record<string, string> = {}, as = 'dev-avdelningschef', goalId = goal) =>
  api.call(`${base}/${goalId}`, { method: 'PUT', as, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe.each(apiOnEachStore)('the förvaltning analysis of a nämndmål (%s)', (_store, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  it('is written by the avdelningschef, read back whole, and changed only with the eTag read', async () => {
    expect(await (await api.call(base)).json()).toEqual([]);
    const created = await put(api, { analysis: 'Förvaltningen ser en ökning.\nFortsatt fokus.' });
    expect(created.status).toBe(200);
    const first = await created.json();
    expect(created.headers.get('etag')).toBe(first.eTag);
    expect(first).toMatchObject({ forvaltningId: 'hagersten-alvsjo', year: 2021, period: 'T1', goalId: goal, analysis: 'Förvaltningen ser en ökning.\nFortsatt fokus.', changedBy: { id: 'dev-avdelningschef' } });

    const listed = await (await api.call(base)).json();
    expect(listed).toEqual([first]);
    // Another period and year hold none of it.
    expect(await (await api.call('/forvaltningar/hagersten-alvsjo/analyses/2021/T2')).json()).toEqual([]);

    expect((await put(api, { analysis: 'Utan eTag' })).status).toBe(428);
    const updated = await put(api, { analysis: 'Andra versionen' }, { 'if-match': first.eTag });
    expect(updated.status).toBe(200);
    const second = await updated.json();
    expect(second.eTag).not.toBe(first.eTag);

    const stale = await put(api, { analysis: 'Från en gammal flik' }, { 'if-match': first.eTag });
    expect(stale.status).toBe(412);
    expect((await stale.json()).error.current).toMatchObject({ analysis: 'Andra versionen', eTag: second.eTag });
    expect(await (await api.call(base)).json()).toEqual([second]);
  });

  it('refuses everyone else, goals that are not nämndmål, and malformed requests, leaving nothing written', async () => {
    for (const as of ['dev-rektor-hag', 'dev-personal-hag', 'dev-rektor-mv']) {
      const refused = await put(api, { analysis: 'x' }, {}, as);
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.message).toMatch(/avdelningschef/);
    }
    expect((await put(api, { analysis: 'x' }, {}, 'dev-avdelningschef', 'no-such-goal')).status).toBe(404);
    expect((await put(api, { analysis: 'x' }, {}, 'dev-avdelningschef', 'kf-1')).status).toBe(400);
    expect((await put(api, { analysis: 'x' }, {}, 'dev-avdelningschef', 'hag-em-1')).status).toBe(404);
    expect((await put(api, { text: 'x' })).status).toBe(400);
    expect((await put(api, { analysis: 'x'.repeat(20_001) })).status).toBe(400);
    expect((await put(api, { analysis: 'x' }, { 'if-match': '"not-the-one"' })).status).toBe(412);
    expect((await api.call(`${base}/${goal}`, { method: 'PUT', as: 'dev-avdelningschef', headers: { 'content-type': 'application/json' }, body: '{' })).status).toBe(400);
    expect((await api.call('/forvaltningar/hagersten-alvsjo/analyses/2021/T9')).status).toBe(400);
    expect(await (await api.call(base)).json()).toEqual([]);
  });

  it('is printed under its nämndmål in the summary as a Word document', async () => {
    await put(api, { analysis: 'Förvaltningens bild: språkutvecklingen går framåt.' });
    const summary = await (await api.call('/forvaltningar/hagersten-alvsjo/summaries?year=2021&period=T1', { method: 'POST', as: 'dev-avdelningschef' })).json();
    const file = await api.call(`/forvaltningar/hagersten-alvsjo/summaries/${summary.id}.docx`);
    expect(file.status).toBe(200);
    const lines = readDocx(new Uint8Array(await file.arrayBuffer())).paragraphs.map((p) => p.text);
    const at = lines.indexOf('Förvaltningens analys');
    // Under the nämndmål's heading and its distribution, before the units' goals.
    expect(lines.slice(at - 3, at)).toEqual(['Nämndmål:', 'Alla barn i förskolan utvecklar sin förståelse för grundläggande demokratiska värden', expect.stringContaining('enheter')]);
    expect(lines[at + 1]).toBe('Förvaltningens bild: språkutvecklingen går framåt.');
    expect(lines.filter((line) => line === 'Förvaltningens analys')).toHaveLength(1);
  });

  it('is locked, like a new dated summary, while the period’s summary is submitted or approved', async () => {
    const first = await (await put(api, { analysis: 'Före inskickning' })).json();
    const summaries = '/forvaltningar/hagersten-alvsjo/summaries?year=2021&period=T1';
    expect((await api.call(summaries, { method: 'POST', as: 'dev-avdelningschef' })).status).toBe(201);
    const approval = '/forvaltningar/hagersten-alvsjo/summaries/2021/T1/approval';
    const step = (action: string, key: string, ifMatch: string, comment = '') =>
      api.call(approval, { method: 'POST', as: 'dev-avdelningschef', headers: { 'content-type': 'application/json', 'idempotency-key': key, 'if-match': ifMatch }, body: JSON.stringify({ action, comment }) });
    const submitted = await step('submit', 'k1', '*');
    expect(submitted.status).toBe(200);

    const locked = await put(api, { analysis: 'Efter inskickning' }, { 'if-match': first.eTag });
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.message).toBe('Sammanställningen är inskickad och kan inte ändras. Förvaltningens avdelningschef kan återremittera den för ändring.');
    expect((await api.call(summaries, { method: 'POST', as: 'dev-avdelningschef' })).status).toBe(409);
    expect(await (await api.call(base)).json()).toEqual([first]);

    const returned = await step('return', 'k2', (await submitted.json()).eTag, 'Skriv om analysen');
    expect(returned.status).toBe(200);
    expect((await put(api, { analysis: 'Efter återremiss' }, { 'if-match': first.eTag })).status).toBe(200);
  });
});
