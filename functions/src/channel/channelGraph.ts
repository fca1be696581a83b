import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { EntraSettings, GraphCredentialSettings } from '../config';
import { onBehalfOfCredential } from '../identity/onBehalfOfCredential';
import { createGraphClient, graphPermission } from '../sharepoint/graphClient';
import type { ChannelMessage } from './channelMessage';

/**
 * Why a send or a read-back did not succeed, by what it means for a resend:
 * notSent – Graph said so (429, 503: try again after Retry-After); maybeSent – no answer to trust
 * (a timeout, a dropped connection, another 5xx): the channel must be read before sending again;
 * refused – it will not succeed as it is (4xx, sign-in refused): a person must act.
 */
export type ChannelFailure =
  | { kind: 'notSent'; /** 0: Entra ID could not be reached for the exchange */ status: number; retryAfter: string | null; detail: string }
  | { kind: 'maybeSent'; status: number | null; detail: string }
  | { kind: 'refused'; status: number | null; code: string | null; detail: string };

export class ChannelGraphError extends Error {
  constructor(readonly failure: ChannelFailure) {
    super(failure.detail);
    this.name = 'ChannelGraphError';
  }
}

/** A team's channel as the leader sees it through Graph. */
export interface ChannelGraph {
  /** POST /teams/{team}/channels/{channel}/messages: the new message's id. Throws ChannelGraphError. */
  send(teamId: string, channelId: string, message: ChannelMessage): Promise<{ messageId: string }>;
  /** The id of a message posted since `since` whose attachment has this id, reading newest first; null when none. Throws ChannelGraphError. */
  findPosted(teamId: string, channelId: string, attachmentId: string, since: Date): Promise<string | null>;
}

/** What the API needs to reach Graph as the signed-in leader: its registration, its own credential for the exchange, and Graph's root. */
export interface ChannelGraphSettings {
  entra: EntraSettings;
  graphBaseUrl: string;
  credential: GraphCredentialSettings;
  /** how long one request may take before its outcome counts as unknown (default 30 s) */
  timeoutMs?: number;
}

const Created = z.object({ id: z.string().min(1) });
const Page = z.object({
  value: z.array(z.object({ id: z.string(), createdDateTime: z.string(), attachments: z.array(z.object({ id: z.string().nullable().optional() })).nullable().optional() })),
  '@odata.nextLink': z.string().optional(),
});

/** Graph answers at most 50 channel messages a page; the read-back looks this far back at most. */
const PAGE_SIZE = 50;
const MAX_PAGES = 5;

/**
 * Graph for one leader, on behalf of their token for our API: ChannelMessage.Send to post (delegated:
 * Graph takes application permissions for channel messages only when migrating), and
 * ChannelMessage.Read.All to read the channel back. Each asked for alone, so a tenant that has not
 * consented to reading can still post. No automatic retries: the dispatcher decides, as only it knows
 * whether a resend must read the channel first.
 */
export function channelGraphAs(userToken: string, settings: ChannelGraphSettings): ChannelGraph {
  const credential = onBehalfOfCredential(settings.entra, settings.credential, userToken);
  const clientFor = (permission: string): Client =>
    createGraphClient({ baseUrl: settings.graphBaseUrl, credential, scopes: [graphPermission(settings.graphBaseUrl, permission)], retry: { maxRetries: 0 } });
  const sender = clientFor('ChannelMessage.Send');
  const reader = clientFor('ChannelMessage.Read.All');
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const messages = (teamId: string, channelId: string) => `/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}/messages`;

  return {
    async send(teamId, channelId, message) {
      try {
        const created = await sender.api(messages(teamId, channelId)).option('signal', AbortSignal.timeout(timeoutMs)).post(message);
        return { messageId: Created.parse(created).id };
      } catch (error) {
        throw new ChannelGraphError(channelFailure(error));
      }
    },

    async findPosted(teamId, channelId, attachmentId, since) {
      try {
        let request: string = `${messages(teamId, channelId)}?$top=${PAGE_SIZE}`;
        for (let page = 0; page < MAX_PAGES; page++) {
          const { value, '@odata.nextLink': next } = Page.parse(await reader.api(request).option('signal', AbortSignal.timeout(timeoutMs)).get());
          const found = value.find((m) => m.attachments?.some((a) => a.id === attachmentId));
          if (found) return found.id;
          // newest first: once a page reaches back before the post, an older page cannot hold it
          if (!next || value.some((m) => Date.parse(m.createdDateTime) < since.getTime())) return null;
          request = next;
        }
        return null;
      } catch (error) {
        throw new ChannelGraphError(channelFailure(error));
      }
    },
  };
}

/** What a failed Graph call means for a resend (ChannelFailure). */
export function channelFailure(error: unknown): ChannelFailure {
  if (error instanceof ChannelGraphError) return error.failure;
  if (error instanceof GraphError) {
    const status = error.statusCode;
    const detail = [status > 0 ? String(status) : null, error.code, error.message || String(error.body ?? '')].filter(Boolean).join(' ').slice(0, 500);
    if (status === 429 || status === 503) return { kind: 'notSent', status, retryAfter: error.headers?.get('Retry-After') ?? null, detail };
    if (status >= 400 && status < 500 && status !== 408) return { kind: 'refused', status, code: error.code, detail };
    if (status === -1 && identityErrors.has(error.code ?? '')) return exchangeFailure(error.code!, detail);
    return { kind: 'maybeSent', status: status > 0 ? status : null, detail };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : String(error);
  if (error instanceof Error && identityErrors.has(error.name)) return exchangeFailure(error.name, detail);
  return { kind: 'maybeSent', status: null, detail };
}

/** What @azure/identity throws when the exchange for the leader's token fails: nothing reached Graph. */
const identityErrors = new Set(['AuthenticationError', 'AuthenticationRequiredError', 'CredentialUnavailableError']);

/** Refused when Entra ID answered (AADSTS…: consent missing, sign-in expired, a wrong secret); not sent, to try later, when it could not be reached. */
function exchangeFailure(code: string, detail: string): ChannelFailure {
  return /AADSTS\d+|invalid_grant|invalid_client/.test(detail) ? { kind: 'refused', status: null, code, detail } : { kind: 'notSent', status: 0, retryAfter: null, detail };
}
