import { useCallback, useState } from 'react';

const key = 'vp.devIdentity';

// In a cross-site frame (Teams) a browser that blocks third-party storage throws on any access:
// the identity is then simply not remembered.
function stored(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The development identity chosen in the browser (local mode), remembered across reloads. */
export function useIdentity(): [string | null, (id: string | null) => void] {
  const [identity, setState] = useState<string | null>(() => stored()?.getItem(key) ?? null);
  const set = useCallback((id: string | null) => {
    if (id) stored()?.setItem(key, id);
    else stored()?.removeItem(key);
    setState(id);
  }, []);
  return [identity, set];
}
