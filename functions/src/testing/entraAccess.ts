import type { Store } from '@vp/shared';
import type { EntraSettings } from '../config';
import { entraIdentity } from '../identity/entraIdentity';
import { groupLinksReader } from '../identity/groupLinks';
import { signInConfigOf } from '../identity/signInConfig';
import type { Access } from './apiHost';

/** The API as entra mode serves it: bearer tokens checked against `settings` (a fake authority's), no development identities. */
export const entraAccess =
  (settings: EntraSettings) =>
  (store: Store): Access => {
    const links = groupLinksReader(store);
    return { identify: entraIdentity(settings, store, { links }), links, devUsers: [], anonymousReads: false, signIn: signInConfigOf(settings) };
  };
