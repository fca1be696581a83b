import type { TokenCredential } from '@azure/identity';
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RedirectHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { RetryAfterMiddleware } from './retryMiddleware';
import { retryPolicy, type RetryPolicy } from './retryPolicy';

export interface GraphClientOptions {
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0 or https://graph.microsoft.us/v1.0. */
  baseUrl: string;
  /** Who the app is to Graph (graphCredential); asked for every request, so it must cache (@azure/identity's do). */
  credential: TokenCredential;
  retry?: Partial<RetryPolicy>;
  /** What the token is asked for; default the Graph host's .default (an app's granted permissions). A delegated call may name one permission, e.g. https://graph.microsoft.com/ChannelMessage.Send. */
  scopes?: string[];
}

/** The .default scope for the Graph host of a configured base URL (national clouds differ). */
export function graphScope(graphBaseUrl: string): string {
  return graphPermission(graphBaseUrl, '.default');
}

/** One permission of the Graph host of a configured base URL, as a scope: https://graph.microsoft.com/ChannelMessage.Send. */
export function graphPermission(graphBaseUrl: string, permission: string): string {
  return `${new URL(graphBaseUrl).origin}/${permission}`;
}

/** Splits a configured Graph root into the SDK's host part and version part. */
export function parseGraphBaseUrl(baseUrl: string): { host: string; hostname: string; version: string } {
  const url = new URL(baseUrl);
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (segments.length !== 1) throw new Error(`Graph base URL must be <origin>/<version>, got ${baseUrl}`);
  return { host: `${url.origin}/`, hostname: url.hostname, version: segments[0]! };
}

/**
 * Builds the one Graph client the app uses: bearer auth from the credential for the base URL's scope, retry on 429/503/504 honouring
 * Retry-After, redirects, the SDK's telemetry header and JSON parsing. Adapters never touch tokens or fetch.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const { host, hostname, version } = parseGraphBaseUrl(options.baseUrl);
  const policy: RetryPolicy = retryPolicy(options.retry);
  const chain = [
    new AuthenticationHandler(new TokenCredentialAuthenticationProvider(options.credential, { scopes: options.scopes ?? [graphScope(options.baseUrl)] })),
    new RetryAfterMiddleware(policy),
    new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(),
    new HTTPMessageHandler(),
  ];
  return Client.initWithMiddleware({
    baseUrl: host,
    defaultVersion: version,
    middleware: chain,
    // The SDK only attaches the token for hosts it knows; a configured host (a proxy, a future
    // cloud) must be declared or requests go out unauthenticated.
    customHosts: new Set([hostname]),
  });
}
