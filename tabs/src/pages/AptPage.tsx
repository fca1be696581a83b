import type { Me } from '@vp/shared';
import type { ApiClient } from '../api/client';
import type { Host } from '../host/host';
import type { Route } from '../routing';

export interface AptPageProps {
  api: ApiClient;
  host: Host;
  route: Extract<Route, { page: 'apt' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/** A unit's APTs: the next agenda (prepared by the rektor), sharing to the meeting stage, earlier records. Placeholder until built. */
export function AptPage(_props: AptPageProps) {
  return <p>APT</p>;
}
