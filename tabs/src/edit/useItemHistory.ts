import type { ItemHistory, ItemVersion, Stored } from '@vp/shared';
import { useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import type { EditThing } from '../i18n/edit';
import { useStrings } from '../i18n/strings';
import type { EditableCollection } from './useItemEditor';

export interface ItemHistoryOptions {
  api: ApiClient;
  unitId: string;
  year: number;
  collection: EditableCollection;
  itemId: string;
  thing: EditThing;
}

/**
 * An item's versions, fetched on demand, and the restore of one of them against the eTag the list
 * was read with: when someone saved since (412) the list is fetched again and the user chooses anew.
 */
export function useItemHistory({ api, unitId, year, collection, itemId, thing }: ItemHistoryOptions) {
  const t = useStrings().edit;
  const [history, setHistory] = useState<ItemHistory | null>(null);
  const [loading, setLoading] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);

  async function load() {
    setLoading(true);
    try {
      setHistory(await api.getHistory(unitId, year, collection, itemId));
    } catch (e) {
      setError({ title: t.historyFailed, message: (e as Error).message });
    } finally {
      setLoading(false);
    }
  }

  async function restore<T>(version: ItemVersion): Promise<Stored<T> | null> {
    if (!history) return null;
    setRestoring(true);
    setError(null);
    try {
      return await api.restoreVersion<T>(unitId, year, collection, itemId, version.id, history.eTag);
    } catch (e) {
      const stale = e instanceof ApiError && e.status === 412;
      setError({ title: t.restoreFailed, message: stale ? t.restoreStale(thing) : (e as Error).message });
      if (stale) await load();
      return null;
    } finally {
      setRestoring(false);
    }
  }

  return { history, loading, restoring, error, load, restore };
}
