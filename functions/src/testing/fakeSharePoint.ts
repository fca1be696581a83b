import { createGraphClient } from '../sharepoint/graphClient';
import { provision } from '../sharepoint/provision';
import type { RetryPolicy } from '../sharepoint/retryPolicy';
import { SharePointStore, type SharePointStoreOptions } from '../sharepoint/sharePointStore';
import type { GraphFake } from './graphFake';

/** Waits a retry asked for, recorded instead of slept so tests stay fast. */
export function recordingSleep(): { sleep: RetryPolicy['sleep']; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

/** A Graph client against the fake with a fixed token and instant (recorded) retries. */
export function fakeGraphClient(fake: GraphFake, sleep: RetryPolicy['sleep'] = async () => undefined) {
  return createGraphClient({ baseUrl: fake.baseUrl, getToken: async () => 'test-token', retry: { sleep } });
}

/** A SharePointStore over a fresh provisioned site of the fake. */
export async function openFakeSharePointStore(
  fake: GraphFake,
  options: Partial<Omit<SharePointStoreOptions, 'client' | 'siteId'>> & { sleep?: RetryPolicy['sleep'] } = {},
): Promise<{ store: SharePointStore; siteId: string }> {
  const { sleep, ...storeOptions } = options;
  const client = fakeGraphClient(fake, sleep);
  const siteId = fake.addSite();
  const listPrefix = storeOptions.listPrefix ?? 'VP';
  await provision(client, siteId, listPrefix);
  fake.resetLog();
  const store = new SharePointStore({ client, siteId, listPrefix, ...storeOptions, retry: { sleep, ...storeOptions.retry } });
  return { store, siteId };
}
