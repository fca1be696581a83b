import type { ReadFollowUpData } from '../app/overview/followUpData';
import { seedDemoData } from '../seed/seed';
import { serveApi } from './apiHost';
import { openFakeSharePointStore } from './fakeSharePoint';
import type { GraphFake } from './graphFake';
import type { SharePointStore } from '../sharepoint/sharePointStore';

/** The API over SharePoint lists in the Graph fake, seeded with the demo data, with the given follow-up reader. */
export async function serveSharePointApi(fake: GraphFake, followUp: (store: SharePointStore) => ReadFollowUpData) {
  const { store } = await openFakeSharePointStore(fake);
  await seedDemoData(store);
  return { store, ...(await serveApi(store, followUp(store))) };
}
