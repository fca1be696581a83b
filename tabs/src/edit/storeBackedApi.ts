// Test helper of the edit dialogs and the configuration page: an ApiClient whose writes and history (and the
// unit's link to a Team) run the server's use cases against a real SQLite file with the demo data, so a dialog test reads back what the store kept. (jsdom has no
// fetch; the HTTP layer itself is covered by the API tests.) Not exported from index.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Collection, ItemOf, NodeKind, Stored } from '@vp/shared';
import { collections } from '@vp/shared';
import { createPlanItem } from '../../../functions/src/app/createPlanItem';
import { linkableTo as linkableOf, linkGroup, type Linker } from '../../../functions/src/app/linkGroup';
import { readItemHistory } from '../../../functions/src/app/itemHistory';
import { readPlanItem } from '../../../functions/src/app/readPlanItem';
import { restoreItemVersion } from '../../../functions/src/app/restoreItemVersion';
import { updatePlanItem } from '../../../functions/src/app/updatePlanItem';
import { errorResponse } from '../../../functions/src/http/respond';
import { devIdentity } from '../../../functions/src/identity/devIdentity';
import { devUsers } from '../../../functions/src/identity/devUsers';
import { seedDemoData } from '../../../functions/src/seed/seed';
import { SqliteStore } from '../../../functions/src/sqlite/sqliteStore';
import { ApiError, type ApiClient } from '../api/client';

type ErrorBody = { error: { code: string; message: string; fields?: []; current?: unknown } };

/**
 * The demo data in a fresh SQLite file, and an ApiClient acting as the given development identity;
 * signedIn: who links instead (entra mode's person: roles, groups, and maybe no caller).
 */
export async function openStoreBackedApi(as: string, { signedIn }: { signedIn?: Linker } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vp-tab-'));
  const store = new SqliteStore(join(dir, 'verksamhetsplan.db'));
  await seedDemoData(store);
  const callerOf = (id: string) => devUsers.find((u) => u.id === id)!;
  const noLog = { error: () => undefined } as unknown as Parameters<typeof errorResponse>[1];

  // Bodies and answers cross as JSON, as over HTTP; refusals become the ApiError the client would throw.
  async function run<T>(action: () => Promise<T>): Promise<T> {
    try {
      return JSON.parse(JSON.stringify(await action())) as T;
    } catch (e) {
      const { status, jsonBody } = errorResponse(e, noLog);
      const { error } = jsonBody as ErrorBody;
      throw new ApiError(status!, error.code, error.message, error.fields, error.current);
    }
  }
  const json = (body: unknown) => JSON.parse(JSON.stringify(body)) as unknown;
  const notUsed = () => Promise.reject(new Error('not used in these tests'));
  // Who links, as the local host knows the development identity: its role, and a member of any Team.
  const linkerOf = async (id: string) => {
    const who = await devIdentity(devUsers)(new Headers({ 'x-dev-user': id }));
    if (!who.signedIn) throw new Error(`no development identity ${id}`);
    return who;
  };

  const api = {
    listUnits: ({ linkableTo }: { linkableTo?: string } = {}) =>
      run(async () => (linkableTo ? linkableOf(store, signedIn ?? (await linkerOf(as)), 'unit', linkableTo) : store.list('unit'))),
    listForvaltningar: ({ linkableTo }: { linkableTo?: string } = {}) =>
      run(async () => (linkableTo ? linkableOf(store, signedIn ?? (await linkerOf(as)), 'forvaltning', linkableTo) : store.list('forvaltning'))),
    linkForvaltningToTeam: (forvaltningId: string, groupId: string | null, eTag: string) =>
      run(async () => linkGroup(store, signedIn ?? (await linkerOf(as)), 'forvaltning', forvaltningId, { groupId }, eTag)),
    listPlans: (unitId: string) => run(async () => (await store.list('plan', { unitId })).sort((a, b) => b.year - a.year)),
    linkUnitToTeam: (unitId: string, groupId: string | null, eTag: string) =>
      run(async () => linkGroup(store, signedIn ?? (await linkerOf(as)), 'unit', unitId, { groupId }, eTag)),
    getItem: (_unitId: string, _year: number, collection: Collection, id: string) => run(() => store.get(collections[collection].kind, id)),
    create: (unitId: string, year: number, collection: Collection, body: unknown) =>
      run(() => createPlanItem(store, callerOf(as), { unitId, year }, collection, json(body))),
    update: (unitId: string, year: number, collection: Collection, id: string, eTag: string, body: unknown) =>
      run(() => updatePlanItem(store, callerOf(as), { unitId, year }, collection, id, eTag, json(body))),
    getHistory: (unitId: string, year: number, collection: Collection, id: string) => run(() => readItemHistory(store, { unitId, year }, collection, id)),
    restoreVersion: (unitId: string, year: number, collection: Collection, id: string, versionId: string, eTag: string) =>
      run(() => restoreItemVersion(store, callerOf(as), { unitId, year }, collection, id, versionId, eTag)),
    remove: notUsed,
    getForvaltningItem: (forvaltningId: string, year: number, collection: Collection, id: string) =>
      run(() => readPlanItem(store, { forvaltningId, year }, collections[collection].kind, id)),
    updateForvaltningItem: (forvaltningId: string, year: number, collection: Collection, id: string, eTag: string, body: unknown) =>
      run(() => updatePlanItem(store, callerOf(as), { forvaltningId, year }, collection, id, eTag, json(body))),
  } as unknown as ApiClient;

  return {
    api,
    store,
    databaseFile: join(dir, 'verksamhetsplan.db'),
    /** The stored item as the store has it now. */
    read: async <K extends NodeKind>(kind: K, id: string) => (await store.get(kind, id)) as Stored<ItemOf<K>>,
    /** Someone else's write, straight through the use case. */
    updateAs: (who: string, unitId: string, year: number, collection: Collection, id: string, eTag: string, body: unknown) =>
      updatePlanItem(store, callerOf(who), { unitId, year }, collection, id, eTag, body),
    /** Someone else's write to an item the förvaltning owns. */
    updateForvaltningItemAs: (who: string, forvaltningId: string, year: number, collection: Collection, id: string, eTag: string, body: unknown) =>
      updatePlanItem(store, callerOf(who), { forvaltningId, year }, collection, id, eTag, body),
    /** Someone else links a unit to a Team (null: unlinks), with the unit's eTag as stored now. */
    linkAs: async (who: string, unitId: string, groupId: string | null) =>
      linkGroup(store, await linkerOf(who), 'unit', unitId, { groupId }, (await store.get('unit', unitId))!.eTag),
    /** Someone else links the förvaltning to its leadership group (null: unlinks), with its eTag as stored now. */
    linkForvaltningAs: async (who: string, forvaltningId: string, groupId: string | null) =>
      linkGroup(store, await linkerOf(who), 'forvaltning', forvaltningId, { groupId }, (await store.get('forvaltning', forvaltningId))!.eTag),
    createAs: (who: string, unitId: string, year: number, collection: Collection, body: unknown) =>
      createPlanItem(store, callerOf(who), { unitId, year }, collection, body),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
