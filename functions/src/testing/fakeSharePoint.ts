import type { TokenCredential } from '@azure/identity';
import type { Kind } from '@vp/shared';
import { createGraphClient } from '../sharepoint/graphClient';
import { toFields } from '../sharepoint/itemMapping';
import { listDisplayName } from '../sharepoint/listSchema';
import { provision } from '../sharepoint/provision';
import type { RetryPolicy } from '../sharepoint/retryPolicy';
import { SharePointStore, type SharePointStoreOptions } from '../sharepoint/sharePointStore';
import { generatedItems, type GeneratedForvaltning } from './generateForvaltning';
import type { GraphFake } from './graphFake';

/** Waits a retry asked for, recorded instead of slept so tests stay fast. */
export function recordingSleep(): { sleep: RetryPolicy['sleep']; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

/** A credential that always has the same token, valid for an hour: for tests that are not about tokens. */
export const fixedCredential = (token = 'test-token'): TokenCredential => ({
  getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }),
});

/** A Graph client against the fake with a fixed token and instant (recorded) retries. */
export function fakeGraphClient(fake: GraphFake, sleep: RetryPolicy['sleep'] = async () => undefined, credential = fixedCredential()) {
  return createGraphClient({ baseUrl: fake.baseUrl, credential, retry: { sleep } });
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

/**
 * Loads a generated förvaltning straight into a provisioned fake site (no HTTP, nothing logged), with
 * the very fields the store writes, so large data sets load in milliseconds; no audit entries.
 */
export function insertGenerated(fake: GraphFake, siteId: string, generated: GeneratedForvaltning, listPrefix = 'VP'): number {
  const byKind = new Map<Kind, Record<string, unknown>[]>();
  const items = generatedItems(generated);
  for (const { kind, item } of items) {
    const fieldSets = byKind.get(kind) ?? [];
    fieldSets.push(toFields(kind, item));
    byKind.set(kind, fieldSets);
  }
  for (const [kind, fieldSets] of byKind) fake.insertItems(siteId, listDisplayName(listPrefix, kind), fieldSets);
  return items.length;
}
