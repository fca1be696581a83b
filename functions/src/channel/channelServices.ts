import type { Store, TabLinkSettings } from '@vp/shared';
import type { AuthSettings } from '../config';
import { channelGraphAs } from './channelGraph';
import { channelDispatcher, type ChannelDispatcher, type DispatcherOptions } from './dispatcher';

/** What approvals need to tell the unit's channel, built once at start-up. */
export interface ChannelServices {
  /** where the card's button leads */
  links: TabLinkSettings;
  /** sends posts; null where this host cannot (then posts are kept as noTeams, never sent) */
  dispatcher: ChannelDispatcher | null;
  /** why it cannot, in Swedish (the answer to "send again" then) */
  unavailable: string;
}

/**
 * Posting needs a tenant (entra mode) and the API's own credential for the on-behalf-of exchange (a
 * certificate or secret, or in Azure the managed identity); without them nothing is sent.
 */
export function channelServices(auth: AuthSettings, links: TabLinkSettings, store: Store, options: Partial<Pick<DispatcherOptions, 'clock' | 'onError' | 'graphAs'>> = {}): ChannelServices {
  if (auth.mode === 'local') return { links, dispatcher: null, unavailable: 'Det finns ingen Teams-koppling: i lokalt läge (utan Microsoft Entra ID) sparas kortet men skickas aldrig till en kanal.' };
  const graph = auth.onBehalfOf;
  if (!graph) {
    return {
      links,
      dispatcher: null,
      unavailable: 'Det finns ingen Teams-koppling: API:et saknar egen inloggning mot Microsoft Graph (certifikat, hemlighet eller hanterad identitet), så kortet kan inte skickas i ledarens namn.',
    };
  }
  const settings = { entra: auth, graphBaseUrl: graph.graphBaseUrl, credential: graph.credential };
  return { links, dispatcher: channelDispatcher({ store, graphAs: (token) => channelGraphAs(token, settings), ...options }), unavailable: '' };
}
