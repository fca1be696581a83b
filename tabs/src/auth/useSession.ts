import type { Me, SignInConfig } from '@vp/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, createApiClient } from '../api/client';
import type { Host } from '../host/host';
import { useLoad, type Load } from '../recover/useLoad';
import { chooseTokenSource } from './chooseTokenSource';
import type { SignInSurfaces } from './surfaces';
import { SignInRequired, type TokenSource, type TokenSourceKind } from './tokenSource';

/**
 * Where signing in stands: starting; local mode (the development identities); the person must sign in
 * or consent (the prompt); signed in (who, and the token for the API client); or failed with a reason.
 */
export type Session =
  | { state: 'starting' }
  /** GET /api/signin did not answer: shown as any failed load, tried again by the button and when back online */
  | { state: 'unreachable'; load: Load<SignInConfig> }
  | { state: 'local' }
  | {
      state: 'signIn';
      kind: TokenSourceKind;
      busy: boolean;
      /** why the last press of the button failed (MSAL's or Teams' message) */
      error: string | null;
      /** the sign-in page's error code when the person came back from it without being signed in */
      cameBackWith: string | null;
      signIn(): void;
    }
  | { state: 'signedIn'; me: Me; token(fresh: boolean): Promise<string>; recheck(): void }
  | { state: 'failed'; message: string; retry(): void };

const askSignInConfig = () => createApiClient({ identity: () => null }).getSignInConfig();

/** MSAL and the Teams calls load only in entra mode (a chunk of their own). */
const loadEntraSurfaces = () => import('./entraSurfaces').then((m) => m.entraSurfaces);

/** Where MSAL's browser redirect returns: the redirect bridge page beside the tab. */
const bridgeUrl = () => new URL('auth.html', document.baseURI).toString();

/**
 * Asks the API how to sign in (GET /api/signin); in entra mode gets a token silently the way the host
 * allows (chooseTokenSource) and asks GET /api/me who that is. When only the person can go on, the
 * prompt's button signs in (a popup in Teams, a redirect in a browser) and the session starts again.
 */
export function useSession(host: Host, surfaces: () => Promise<SignInSurfaces> = loadEntraSurfaces): Session {
  const [session, setSession] = useState<Session>({ state: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const source = useRef<TokenSource | null>(null);
  const again = useCallback(() => setAttempt((n) => n + 1), []);
  const configLoad = useLoad(askSignInConfig);
  const config = configLoad.data;

  const prompt = useCallback(
    (from: TokenSource, why: Pick<Extract<Session, { state: 'signIn' }>, 'error' | 'cameBackWith'> = { error: null, cameBackWith: null }) => {
      const signIn = () => {
        setSession({ state: 'signIn', kind: from.kind, busy: true, error: null, cameBackWith: null, signIn });
        from.signIn().then(again, (e: unknown) => prompt(from, { error: e instanceof Error ? e.message : String(e), cameBackWith: null }));
      };
      setSession({ state: 'signIn', kind: from.kind, busy: false, ...why, signIn });
    },
    [again],
  );

  useEffect(() => {
    if (!config) return;
    let current = true;
    const start = async () => {
      if (config.mode === 'local') return setSession({ state: 'local' });
      const from = (source.current ??= await chooseTokenSource(host.kind, config, await surfaces(), bridgeUrl()));
      // Pages' requests that find the person must sign in again bring the prompt back.
      const token = async (fresh: boolean) => {
        try {
          return await from.token(fresh);
        } catch (error) {
          if (error instanceof SignInRequired && current) prompt(from, { error: null, cameBackWith: error.cameBackWith });
          throw error;
        }
      };
      try {
        const me = await createApiClient({ token }).getMe();
        if (current) setSession({ state: 'signedIn', me, token, recheck: again });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'SIGN_IN_REQUIRED') return; // the prompt is up
        throw error;
      }
    };
    start().catch((error: unknown) => {
      if (current) setSession({ state: 'failed', message: error instanceof Error ? error.message : String(error), retry: again });
    });
    return () => {
      current = false;
    };
  }, [config, host.kind, surfaces, attempt, again, prompt]);

  if (!config) return configLoad.error ? { state: 'unreachable', load: configLoad } : { state: 'starting' };
  return session;
}
