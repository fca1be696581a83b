import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The API version @azure/identity (msal-node) asks App Service's identity endpoint for. */
const API_VERSION = '2019-08-01';
/** Where on its host the endpoint answers (App Service's own path differs per platform; only IDENTITY_ENDPOINT names it). */
const PATH = '/msi/token';

/** Variables by which msal-node would pick another managed identity source than App Service's. */
const OTHER_SOURCES = ['IDENTITY_SERVER_THUMBPRINT', 'MSI_ENDPOINT', 'MSI_SECRET', 'IMDS_ENDPOINT', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_POD_IDENTITY_AUTHORITY_HOST'];

export interface IdentityRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** the X-IDENTITY-HEADER sent (App Service's per-instance secret) */
  header: string | null;
  status: number;
}

export interface IssuedToken {
  token: string;
  resource: string;
  /** 'system' or the user-assigned identity's client id */
  identity: string;
}

/**
 * A local stand-in for the identity endpoint App Service gives a function app (IDENTITY_ENDPOINT with
 * the secret IDENTITY_HEADER): GET ?api-version=2019-08-01&resource=…[&client_id=…] with the header
 * X-IDENTITY-HEADER answers { access_token, expires_on (epoch seconds, a string), resource, token_type,
 * client_id }. It has a system-assigned identity and the user-assigned ones named; each token it issues
 * is new and logged with its resource and identity. Requests are logged too.
 */
export async function startFakeManagedIdentity(options: { userAssigned?: readonly string[] } = {}) {
  const secret = randomUUID();
  const systemClientId = randomUUID();
  const userAssigned = new Set(options.userAssigned ?? []);
  const requests: IdentityRequest[] = [];
  const issued: IssuedToken[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const header = req.headers['x-identity-header'];
    const entry: IdentityRequest = { method: req.method ?? '', path: url.pathname, query: url.searchParams, header: typeof header === 'string' ? header : null, status: 0 };
    requests.push(entry);
    const answer = (status: number, body: unknown) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || url.pathname !== PATH) return answer(404, { error: 'not_found' });
    if (entry.header !== secret) return answer(401, { error: 'unauthorized', error_description: 'X-IDENTITY-HEADER is missing or wrong.' });
    if (url.searchParams.get('api-version') !== API_VERSION) return answer(400, { error: 'invalid_request', error_description: 'Unsupported api-version.' });
    const resource = url.searchParams.get('resource');
    if (!resource) return answer(400, { error: 'invalid_request', error_description: 'resource is required.' });
    const clientId = url.searchParams.get('client_id');
    if (clientId !== null && !userAssigned.has(clientId)) return answer(400, { error: 'invalid_request', error_description: `No user-assigned identity with client id ${clientId}.` });
    const token: IssuedToken = { token: `mi-token-${issued.length + 1}`, resource, identity: clientId ?? 'system' };
    issued.push(token);
    answer(200, {
      access_token: token.token,
      expires_on: String(Math.floor(Date.now() / 1000) + 3600),
      resource,
      token_type: 'Bearer',
      client_id: clientId ?? systemClientId,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    /** the IDENTITY_HEADER value the endpoint requires back as X-IDENTITY-HEADER */
    secret,
    requests,
    issued,
    /**
     * Makes this the process's managed identity as App Service does (IDENTITY_ENDPOINT, IDENTITY_HEADER;
     * other sources' variables cleared) until the returned function puts back what was there. A
     * credential made before it reads the environment of then.
     */
    useInEnvironment(): () => void {
      const names = ['IDENTITY_ENDPOINT', 'IDENTITY_HEADER', ...OTHER_SOURCES];
      const saved = new Map(names.map((name) => [name, process.env[name]]));
      for (const name of OTHER_SOURCES) delete process.env[name];
      process.env.IDENTITY_ENDPOINT = `${origin}${PATH}`;
      process.env.IDENTITY_HEADER = secret;
      return () => {
        for (const [name, value] of saved) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeManagedIdentity = Awaited<ReturnType<typeof startFakeManagedIdentity>>;
