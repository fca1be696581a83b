import type { Caller, Me, SignInConfig, Store } from '@vp/shared';
import type { ReadFollowUpData } from './overview/followUpData';

/**
 * Who is calling, from the request headers: a signed-in person (what they may do in me.caller, null
 * with me.reason when nothing), or nobody with the Swedish reason and the WWW-Authenticate challenge
 * to answer with (null when the mode has none). Throws AppError UNAVAILABLE when the sign-in
 * authority cannot be reached.
 */
export type IdentifyCaller = (headers: Headers) => Promise<Identification>;

export type Identification = { signedIn: true; me: Me } | { signedIn: false; message: string; challenge: string | null };

/** What the handlers need, built once at start-up and passed in. */
export interface Services {
  store: Store;
  identify: IdentifyCaller;
  /** Development identities offered by the local host; empty in production. */
  devUsers: Caller[];
  /** Local mode only: reading without choosing an identity is allowed. */
  anonymousReads: boolean;
  /** How the tab signs in (GET /api/signin): the development identities, or Entra ID with these settings. */
  signIn: SignInConfig;
  /**
   * How the overview and the summaries read a förvaltning's follow-up data: over SharePoint a delta
   * mirror kept for the process, over SQLite plain queries (openStorage chooses).
   */
  followUp: ReadFollowUpData;
}
