import type { FieldError, Stored } from '@vp/shared';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { useStrings } from '../i18n/strings';

/** A save refused with 412: the newer stored version, or null when someone deleted the item. */
export interface Conflict<T> {
  current: Stored<T> | null;
}

/**
 * Runs a save and keeps what went wrong: a 412 becomes a conflict carrying the newer version (an
 * update's 404 one without: the item is gone), other refusals the server's Swedish message (and
 * its field errors, passed to onFieldErrors).
 * The caller's form state is never touched, so the user's input survives every failure.
 */
export function useSaveWithConflict<T>() {
  const { saveFailed } = useStrings().edit;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict<T> | null>(null);

  async function save(
    send: () => Promise<Stored<T>>,
    { updating, onFieldErrors }: { updating: boolean; onFieldErrors(fields: FieldError[]): unknown },
  ): Promise<Stored<T> | null> {
    setSaving(true);
    setError(null);
    try {
      const saved = await send();
      setConflict(null);
      return saved;
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setConflict({ current: (e.current ?? null) as Stored<T> | null });
      } else if (e instanceof ApiError && e.status === 404 && updating) {
        setConflict({ current: null });
      } else if (e instanceof ApiError) {
        onFieldErrors(e.fields);
        setError(e.message);
      } else {
        setError(saveFailed);
      }
      return null;
    } finally {
      setSaving(false);
    }
  }

  return { saving, error, setError, conflict, clearConflict: () => setConflict(null), save };
}
