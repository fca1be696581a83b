import type { Me } from '@vp/shared';
import type { ApiClient } from '../api/client';
import type { Host } from '../host/host';
import type { Route } from '../routing';

export interface StagePageProps {
  api: ApiClient;
  host: Host;
  route: Extract<Route, { page: 'stage' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/** One APT on the stage: one agenda point at a time, following the presenter, with live notes. Placeholder until built. */
export function StagePage(_props: StagePageProps) {
  return <p>APT</p>;
}
