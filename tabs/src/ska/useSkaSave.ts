import type { Stored } from '@vp/shared';
import { useState } from 'react';
import { useSaveWithConflict } from '../edit/useSaveWithConflict';

/** A write of what the dialog changed, with the eTag it names; null: nothing changed (the dialog closes). */
export type SkaSend<T> = ((eTag: string | null) => Promise<Stored<T>>) | null;

/**
 * The SKA dialogs' save: with the item's eTag (null: the item does not exist yet), after a 412 again
 * over the newer version with its eTag ("Spara mina ändringar ändå"). `dialog` goes to SkaEditDialog.
 */
export function useSkaSave<T>(initialETag: string | null, onSaved: (saved: Stored<T>) => void, onClose: () => void) {
  const [eTag, setETag] = useState(initialETag);
  const saving = useSaveWithConflict<T>();
  const run = async (send: SkaSend<T>, withETag: string | null) => {
    if (!send) return onClose();
    const saved = await saving.save(() => send(withETag), { updating: withETag !== null, onFieldErrors: () => undefined });
    if (saved) onSaved(saved);
  };
  return {
    dialog: { saving: saving.saving, error: saving.error, conflict: saving.conflict ? { newer: saving.conflict.current !== null } : null, onClose },
    submit: (send: SkaSend<T>) => void run(send, eTag),
    saveMine: (send: SkaSend<T>) => {
      const newer = saving.conflict?.current;
      if (!newer) return;
      setETag(newer.eTag);
      saving.clearConflict();
      void run(send, newer.eTag);
    },
  };
}
