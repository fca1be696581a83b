import type { Caller, Me, SignInConfig, Store } from '@vp/shared';
import type { ChannelServices } from '../channel/channelServices';
import type { GroupLinksReader } from '../identity/groupLinks';
import type { ReadFollowUpData } from './overview/followUpData';

/**
 * Who is calling, from the request headers: a signed-in person (what they may do in me.caller, null
 * with me.reason when nothing), or nobody with the Swedish reason and the WWW-Authenticate challenge
 * to answer with (null when the mode has none). Throws AppError UNAVAILABLE when the sign-in
 * authority cannot be reached.
 */
export type IdentifyCaller = (headers: Headers) => Promise<Identification>;

export type Identification = { signedIn: true; me: Me; memberOf: MemberOf } | { signedIn: false; message: string; challenge: string | null };

/**
 * Which of these Microsoft 365 groups the signed-in person is a member of (ids in lower case), for
 * linking a unit to its Team; null when it cannot be known (groups overflowed and Graph not asked).
 */
export type MemberOf = (groupIds: readonly string[]) => Promise<ReadonlySet<string> | null>;

/** What the handlers need, built once at start-up and passed in. */
export interface Services {
  store: Store;
  identify: IdentifyCaller;
  /** Development identities offered by the local host; empty in production. */
  devUsers: Caller[];
  /**
   * Which förvaltning each unit belongs to and which groups they are linked to, kept a minute: reads
   * are checked against it, and a link changed here is read again at once (changed()). Without it the
   * store is asked.
   */
  links?: GroupLinksReader;
  /** Local mode only: reading without choosing an identity is allowed. */
  anonymousReads: boolean;
  /** How the tab signs in (GET /api/signin): the development identities, or Entra ID with these settings. */
  signIn: SignInConfig;
  /**
   * How the overview and the summaries read a förvaltning's follow-up data: over SharePoint a delta
   * mirror kept for the process, over SQLite plain queries (openStorage chooses).
   */
  followUp: ReadFollowUpData;
  /** Approvals told in the unit's channel: the card's link, and the dispatcher where this host can send. Absent: nothing is sent. */
  channel?: ChannelServices;
}
