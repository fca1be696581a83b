import { http, HttpResponse } from 'msw';

/** The client_assertion_type of a signed client assertion (a certificate's, or a federated credential's token). */
const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * An Entra authority's token side for tests, as msw handlers at any authority host: the tenant's
 * OpenID metadata (which MSAL reads to find the token endpoint) and a token endpoint that accepts one
 * secret, or client assertions the test trusts (as a federated credential would), and hands out
 * numbered tokens: for the app (client credentials), and on behalf of a user (`obo:{the user token's
 * oid}:{n}`, so a fake Graph knows who "me" is). Logs the token requests, and remembers the scope
 * each token was issued for (scopesOf: the permission names, e.g. ChannelMessage.Send).
 */
export function fakeTokenEndpoint(authorityHost: string, acceptedSecret = 'right-secret', acceptsAssertion: (assertion: string) => boolean = () => false) {
  const host = authorityHost.replace(/\/+$/, '');
  /** url without its query (MSAL adds a client-request-id) */
  const tokenRequests: { url: string; form: URLSearchParams }[] = [];
  let issued = 0;
  const scopes = new Map<string, string[]>();
  const handlers = [
    http.get(`${host}/:tenant/v2.0/.well-known/openid-configuration`, ({ params }) => {
      const tenant = String(params.tenant);
      return HttpResponse.json({
        issuer: `${host}/${tenant}/v2.0`,
        token_endpoint: `${host}/${tenant}/oauth2/v2.0/token`,
        authorization_endpoint: `${host}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${host}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${host}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
      });
    }),
    http.post(`${host}/:tenant/oauth2/v2.0/token`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const url = new URL(request.url);
      tokenRequests.push({ url: `${url.origin}${url.pathname}`, form });
      const assertion = form.get('client_assertion_type') === JWT_BEARER_ASSERTION ? form.get('client_assertion') : null;
      if (assertion !== null && !acceptsAssertion(assertion)) {
        return HttpResponse.json({ error: 'invalid_client', error_description: 'AADSTS70021: No matching federated identity record found for presented assertion.' }, { status: 401 });
      }
      if (assertion === null && form.get('client_secret') !== acceptedSecret) {
        return HttpResponse.json({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }, { status: 401 });
      }
      const onBehalfOf = form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' && form.get('requested_token_use') === 'on_behalf_of';
      const access_token = onBehalfOf ? `obo:${oidOf(form.get('assertion') ?? '')}:${++issued}` : `app-token-${++issued}`;
      scopes.set(access_token, (form.get('scope') ?? '').split(' ').filter(Boolean).map((scope) => scope.replace(/^.*\//, '')));
      return HttpResponse.json({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token });
    }),
  ];
  /** The permissions a token was issued for (the scope's last part: .default, ChannelMessage.Send, offline_access …); undefined for one it did not issue. */
  const scopesOf = (token: string): string[] | undefined => scopes.get(token);
  return { handlers, tokenRequests, scopesOf };
}

/** The oid claim of a JWT, unchecked (the fake trusts what it is given). */
function oidOf(jwt: string): string {
  try {
    return String((JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as { oid?: unknown }).oid);
  } catch {
    return 'unknown';
  }
}
