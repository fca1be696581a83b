import type { Actor, Forvaltning } from '@vp/shared';
import { GraphFake } from '../testing/graphFake';
import { openFakeSharePointStore } from '../testing/fakeSharePoint';

// Graph's root is configuration: here the US Government cloud host, with the fake serving only there.
const fake = new GraphFake({ baseUrl: 'https://graph.microsoft.us/v1.0', pageSize: 2 });
beforeAll(() => fake.listen());
afterAll(() => fake.close());

const anna: Actor = { id: 'anna', name: 'Anna' };
const forvaltning = (id: string): Forvaltning => ({ id, name: `Förvaltning ${id}`, municipality: 'Stockholm', committee: 'SDN' });

it('works against a national cloud Graph host, nextLinks included', async () => {
  const { store } = await openFakeSharePointStore(fake);
  for (const id of ['c', 'a', 'b', 'd', 'e']) await store.create('forvaltning', forvaltning(id), anna);
  expect((await store.list('forvaltning')).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  const [batched] = await store.listMany([{ kind: 'forvaltning' }]);
  expect(batched).toHaveLength(5);
  expect(fake.requests.every((r) => r.status !== 401)).toBe(true);
});
