import { appRoleOf, type Caller } from '@vp/shared';
import type { IdentifyCaller, MemberOf } from '../app/services';

export const devUserHeader = 'x-dev-user';

const chooseOne = 'Du måste vara inloggad (lokalt: välj en utvecklingsidentitet)';

/** Development identities have no groups to ask about: each is a member of whichever Team it configures the tab in. */
const memberOfEvery: MemberOf = async (groupIds) => new Set(groupIds.map((id) => id.toLowerCase()));

/**
 * Local mode: the caller names a development identity in the x-dev-user header. Only the local
 * host wires this in (config refuses AUTH_MODE=local anywhere else).
 */
export function devIdentity(users: Caller[]): IdentifyCaller {
  return async (headers) => {
    const id = headers.get(devUserHeader);
    const caller = id ? users.find((u) => u.id === id) : undefined;
    // No challenge: there is no sign-in to start, only an identity to choose.
    if (!caller) return { signedIn: false, message: chooseOne, challenge: null };
    return { signedIn: true, me: { id: caller.id, name: caller.name, roles: [appRoleOf[caller.role]], caller, reason: null }, memberOf: memberOfEvery };
  };
}
