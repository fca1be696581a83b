import type { Caller, Store } from '@vp/shared';
import type { ReadFollowUpData } from './overview/followUpData';

/** Finds who is calling from the request headers; null when nobody is signed in. */
export type IdentifyCaller = (headers: Headers) => Promise<Caller | null>;

/** What the handlers need, built once at start-up and passed in. */
export interface Services {
  store: Store;
  identify: IdentifyCaller;
  /** Development identities offered by the local host; empty in production. */
  devUsers: Caller[];
  /** Local mode only: reading without choosing an identity is allowed. */
  anonymousReads: boolean;
  /**
   * How the overview and the summaries read a förvaltning's follow-up data: over SharePoint a delta
   * mirror kept for the process, over SQLite plain queries (openStorage chooses).
   */
  followUp: ReadFollowUpData;
}
