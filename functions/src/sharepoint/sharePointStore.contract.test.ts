import { describeStoreContract } from '../store/storeContract';
import { GraphFake } from '../testing/graphFake';
import { openFakeSharePointStore } from '../testing/fakeSharePoint';

const fake = new GraphFake();
beforeAll(() => fake.listen());
afterAll(() => fake.close());

describeStoreContract('SharePoint lists over the Graph fake', async () => ({ store: (await openFakeSharePointStore(fake)).store }));
