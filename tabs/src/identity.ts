import { useCallback, useState } from 'react';

const key = 'vp.devIdentity';

/** The development identity chosen in the browser (local mode), remembered across reloads. */
export function useIdentity(): [string | null, (id: string | null) => void] {
  const [identity, setState] = useState<string | null>(() => window.localStorage.getItem(key));
  const set = useCallback((id: string | null) => {
    if (id) window.localStorage.setItem(key, id);
    else window.localStorage.removeItem(key);
    setState(id);
  }, []);
  return [identity, set];
}
