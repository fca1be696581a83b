import { readFollowUpData } from '../app/overview/followUpData';
import { GraphFake } from '../testing/graphFake';
import { serveSharePointApi } from '../testing/sharePointApi';

/**
 * Everyone in an APT polls GET /apt/{meetingId} about once a second; over SharePoint every store read
 * is a Graph request, so reads of one meeting on one instance share a store read.
 */
describe('polling a meeting over SharePoint', () => {
  const fake = new GraphFake();
  let api: Awaited<ReturnType<typeof serveSharePointApi>>;
  beforeEach(async () => {
    fake.listen();
    api = await serveSharePointApi(fake, readFollowUpData);
  });
  afterEach(async () => {
    await api.close();
    fake.close();
  });

  const post = (path: string, as: string, body: unknown) => api.call(path, { method: 'POST', as, body: JSON.stringify(body) });
  /** Graph requests, a $batch counted once, and the reads carried inside batches. */
  const cost = () => ({ http: fake.requests.length, batched: fake.batchedRequests.length });

  it('answers 20 concurrent reads of a meeting with one store read, and shows this instance’s write at once', async () => {
    const meeting = await (await post('/units/hagerstensasens-forskolor/apt', 'dev-rektor-hag', { year: 2021, date: '2021-09-15' })).json();
    fake.resetLog();

    const reads = await Promise.all(Array.from({ length: 20 }, () => api.call(`/apt/${meeting.id}`)));
    expect(reads.map((r) => r.status)).toEqual(Array(20).fill(200));
    const tags = new Set(reads.map((r) => r.headers.get('etag')));
    expect(tags.size).toBe(1);
    const shared = cost();
    // One $batch with the meeting and its notes; a second only if a read came after the shared one expired.
    expect(shared.http).toBeGreaterThanOrEqual(1);
    expect(shared.http).toBeLessThanOrEqual(2);

    const written = await post(`/apt/${meeting.id}/notes`, 'dev-personal-hag', { agendaItemId: meeting.agenda[0].id, type: 'note', text: 'Syns direkt' });
    expect(written.status).toBe(201);
    fake.resetLog();
    const next = await api.call(`/apt/${meeting.id}`, { headers: { 'if-none-match': [...tags][0]! } });
    expect(next.status).toBe(200);
    expect((await next.json()).notes.map((n: { text: string }) => n.text)).toEqual(['Syns direkt']);
    expect(cost().http).toBe(1);
  });
});
