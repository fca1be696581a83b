import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { randomUUID } from 'node:crypto';
import { FakeChannels } from './graphFakeChannels';
import { download, driveFiles, driveResponse, DOWNLOAD_URL_PATTERN, newDrive } from './graphFakeDrive';
import { FakeDirectory } from './graphFakeMembership';
import {
  columnFromDefinition,
  columnProblem,
  eTagOf,
  fakeError as error,
  fieldsProblem,
  newList,
  removeItem,
  touch,
  uniqueViolation,
  type FakeDriveItem,
  type FakeItem,
  type FakeList,
  type FakeRequest,
  type FakeResponse,
  type FakeSite,
} from './graphFakeModel';
import { parseFilter } from './odataFilter';

/**
 * An HTTP-level fake of the Graph SharePoint list endpoints, served with msw at a configurable Graph
 * root. It reproduces what the adapter must cope with: paging with @odata.nextLink, eTags that change
 * on every write and If-Match → 412, $batch with its 20-request limit, 429 + Retry-After on demand
 * (top-level or inside a batch), dependsOn chains in $batch (424 after a failure, nothing undone), bearer-token checks, unique columns (409) and the refusal to filter on
 * non-indexed columns (as SharePoint does without the Prefer header). List-item delta
 * (`GET …/items/delta`) follows the listItem: delta reference: no token enumerates the current items,
 * `token=latest` answers no items and a deltaLink, a deltaLink's token answers the latest state of every
 * item changed since (deleted ones as `{ id, deleted: { state: 'deleted' } }` without fields), pages
 * carry `?token=` nextLinks, the initial $expand/$select/$top travel inside the token, $filter is refused,
 * and an expired token answers 410 Gone with a Location to start over. Multi-line text (note) fields
 * refuse values over 63,999 characters (400). Each site has a default document library with simple upload,
 * download through a 302 to a pre-authenticated URL on the SharePoint host, and delete (graphFakeDrive).
 * Test fixture only.
 */

export interface GraphFakeOptions {
  /** Graph root including the version (default https://graph.microsoft.com/v1.0). */
  baseUrl?: string;
  /** Server-side page size for list items when the request has no $top (Graph's default is 200). */
  pageSize?: number;
}

export interface LoggedRequest {
  method: string;
  /** Decoded path below the Graph root, e.g. /sites/{site}/lists/{list}/items. */
  path: string;
  /** The raw query string without '?'. */
  query: string;
  /** The status the fake answered with. */
  status?: number;
  /** Set for requests to a host other than Graph's: the SharePoint host serving pre-authenticated downloads. */
  host?: string;
  /** Downloads only: whether an Authorization header came along (they need none; the client drops it on a redirect to another host). */
  withToken?: boolean;
}

interface Throttle {
  remaining: number;
  status: number;
  retryAfterSeconds: number | null;
}

const NON_INDEXED_PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';
const MAX_BATCH = 20;

export class GraphFake {
  readonly baseUrl: string;
  readonly pageSize: number;
  /** Every HTTP request that reached the fake ($batch counts once). */
  readonly requests: LoggedRequest[] = [];
  /** The requests carried inside $batch envelopes. */
  readonly batchedRequests: LoggedRequest[] = [];
  /** false: answer list-item delta like a Graph without it (400, as for an unknown segment). */
  supportsListItemDelta = true;
  /**
   * Called with each HTTP request after it is logged and before it is answered; a test can make things
   * happen at that moment (another writer's change). Requests the callback itself sends come through too.
   */
  beforeAnswer: ((request: LoggedRequest) => Promise<void> | void) | undefined;
  /** Like beforeAnswer, for each request inside a $batch just before it runs (not for those answered 424). */
  beforeBatchedRequest: ((request: LoggedRequest) => Promise<void> | void) | undefined;
  /** Which bearer tokens Graph takes (default any); others answer 401 as Graph does a token it cannot validate. */
  acceptsToken: (token: string) => boolean = () => true;
  /** People's group memberships, for /me/checkMemberGroups asked on behalf of a user. */
  readonly directory = new FakeDirectory();
  /** Teams channels and their messages (graphFakeChannels), posted and read on behalf of a user. */
  readonly channels = new FakeChannels();
  private readonly sites = new Map<string, FakeSite>();
  private throttle: Throttle | undefined;
  private batchThrottle: Throttle | undefined;
  private server: ReturnType<typeof setupServer> | undefined;

  constructor(options: GraphFakeOptions = {}) {
    this.baseUrl = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
    this.pageSize = options.pageSize ?? 200;
  }

  /** The msw handlers, for tests that run their own server. */
  get handlers() {
    return [
      http.all(`${this.baseUrl}/*`, async ({ request }) => toHttpResponse(await this.handleHttp(request))),
      http.get(DOWNLOAD_URL_PATTERN, async ({ request }) => toHttpResponse(await this.handleDownload(request))),
    ];
  }

  /** Logged requests matching a method and a path pattern. */
  requestsTo(method: string, path: RegExp, log: LoggedRequest[] = this.requests): LoggedRequest[] {
    return log.filter((r) => r.method === method && path.test(r.path));
  }

  /** Starts intercepting; other requests fail the test unless they go to this machine (a local host under test). */
  listen(): void {
    const server = setupServer(...this.handlers);
    server.listen({
      onUnhandledRequest: (request, print) => {
        if (!['127.0.0.1', 'localhost'].includes(new URL(request.url).hostname)) print.error();
      },
    });
    this.server = server;
  }

  close(): void {
    this.server?.close();
    this.server = undefined;
  }

  /** Adds an empty site and returns its id (SharePoint's "host,siteCollectionId,webId" form). */
  addSite(id = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`): string {
    this.sites.set(id, { id, lists: new Map(), drive: newDrive() });
    return id;
  }

  /**
   * The next `count` HTTP requests (a $batch envelope included) answer 429 (or `status`, e.g. 503) with
   * Retry-After (default 1 s; null sends none).
   */
  throttleNext(count: number, options: { retryAfterSeconds?: number | null; status?: number } = {}): void {
    this.throttle = { remaining: count, status: options.status ?? 429, retryAfterSeconds: options.retryAfterSeconds === undefined ? 1 : options.retryAfterSeconds };
  }

  /** The next `count` requests inside $batch envelopes answer 429 with Retry-After in their own headers. */
  throttleNextInBatch(count: number, options: { retryAfterSeconds?: number | null; status?: number } = {}): void {
    this.batchThrottle = { remaining: count, status: options.status ?? 429, retryAfterSeconds: options.retryAfterSeconds === undefined ? 1 : options.retryAfterSeconds };
  }

  resetLog(): void {
    this.requests.length = 0;
    this.batchedRequests.length = 0;
  }

  /** A list's state by display name, for assertions. */
  list(siteId: string, displayName: string): FakeList | undefined {
    return [...(this.sites.get(siteId)?.lists.values() ?? [])].find((l) => l.displayName === displayName);
  }

  /**
   * Adds items to a list directly (no HTTP, nothing logged), as if created through Graph: for loading
   * large generated data sets fast. Fields are checked as a POST would check them.
   */
  insertItems(siteId: string, displayName: string, fieldSets: Record<string, unknown>[]): void {
    const list = this.list(siteId, displayName);
    if (list === undefined) throw new Error(`No list '${displayName}' in site ${siteId}`);
    const now = new Date().toISOString();
    for (const fields of fieldSets) {
      const problem = fieldsProblem(list, fields) ?? (uniqueViolation(list, fields) !== undefined ? 'duplicate value in a unique column' : undefined);
      if (problem !== undefined) throw new Error(`Cannot insert into '${displayName}': ${problem}`);
      const item: FakeItem = { id: list.nextItemId++, guid: randomUUID(), version: 1, fields: { ...fields }, created: now, modified: now, changeSeq: 0 };
      list.items.set(item.id, item);
      touch(list, item);
    }
  }

  /**
   * Changes an item's fields as a person editing the list in SharePoint could: no checks, nothing
   * logged, a new version (undefined clears a field).
   */
  editItem(siteId: string, displayName: string, itemId: number, fields: Record<string, unknown>): void {
    const list = this.list(siteId, displayName);
    const item = list?.items.get(itemId);
    if (list === undefined || item === undefined) throw new Error(`No item ${itemId} in '${displayName}' of site ${siteId}`);
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) delete item.fields[name];
      else item.fields[name] = value;
    }
    item.version += 1;
    item.modified = new Date().toISOString();
    touch(list, item);
  }

  /** The files (not folders) in a site's drive, with their paths from the drive's root, for assertions. */
  driveFiles(siteId: string): { path: string; item: FakeDriveItem }[] {
    const site = this.sites.get(siteId);
    if (site === undefined) throw new Error(`No site ${siteId}`);
    return driveFiles(site.drive);
  }

  /** Makes every delta token issued so far for the site's lists (or one list) answer 410 Gone. */
  expireDeltaTokens(siteId: string, displayName?: string): void {
    for (const list of this.sites.get(siteId)?.lists.values() ?? []) if (displayName === undefined || list.displayName === displayName) list.deltaEpoch += 1;
  }

  private async handleHttp(request: Request): Promise<FakeResponse | 'networkError'> {
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname.slice(new URL(this.baseUrl).pathname.length));
    const entry: LoggedRequest = { method: request.method, path, query: url.search.slice(1) };
    this.requests.push(entry);
    await this.beforeAnswer?.(entry);
    const response = await this.respond(request, url, path);
    entry.status = response === 'networkError' ? undefined : response.status;
    return response;
  }

  /** A pre-authenticated download URL: no token needed (nor checked), throttled like the rest. */
  private async handleDownload(request: Request): Promise<FakeResponse> {
    const url = new URL(request.url);
    const entry: LoggedRequest = { method: request.method, path: decodeURIComponent(url.pathname), query: url.search.slice(1), host: url.host, withToken: request.headers.has('Authorization') };
    this.requests.push(entry);
    await this.beforeAnswer?.(entry);
    const response = take(this.throttle) ?? download(this.sites, url);
    entry.status = response.status;
    return response;
  }

  private async respond(request: Request, url: URL, path: string): Promise<FakeResponse | 'networkError'> {
    const throttled = take(this.throttle);
    if (throttled !== undefined) return throttled;
    const auth = request.headers.get('Authorization');
    if (auth === null || !/^Bearer \S+$/.test(auth)) return error(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (!this.acceptsToken(auth.slice('Bearer '.length))) return error(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    const text = await request.text();
    const json = /json/i.test(request.headers.get('Content-Type') ?? 'application/json');
    const body = text === '' || !json ? undefined : (JSON.parse(text) as unknown);
    if (request.method === 'POST' && path === '/$batch') return await this.batch(body);
    if (request.method === 'POST' && path === '/me/checkMemberGroups') return this.directory.checkMemberGroups(auth.slice('Bearer '.length), body);
    const req: FakeRequest = { method: request.method, path, params: url.searchParams, headers: request.headers, body, text };
    const channelAnswer = this.channels.handle(req, auth.slice('Bearer '.length), this.directory.whoIs, this.baseUrl);
    if (channelAnswer !== undefined) return channelAnswer;
    return this.dispatch({ method: request.method, path, params: url.searchParams, headers: request.headers, body, text });
  }

  /**
   * JSON batching as documented: ≤20 requests; a request with a body must name its Content-Type; either
   * no request has dependsOn (the fake then runs them in the order given) or they form one chain, each
   * depending on the one before ("fully sequential or fully parallel"). In a chain a request whose
   * dependency did not succeed is not run and answers 424 Failed Dependency. Nothing is rolled back:
   * requests that succeeded before a failure stay applied, as in Graph.
   */
  private async batch(body: unknown): Promise<FakeResponse> {
    const requests = (body as { requests?: unknown } | undefined)?.requests;
    if (!Array.isArray(requests)) return error(400, 'BadRequest', 'Invalid batch payload format.');
    if (requests.length > MAX_BATCH) return error(400, 'BadRequest', `Number of batch request steps exceeds the maximum of ${MAX_BATCH}.`);
    const steps = requests as { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown; dependsOn?: unknown }[];
    for (const r of steps) {
      const hasContentType = Object.keys(r.headers ?? {}).some((k) => k.toLowerCase() === 'content-type');
      if (r.body !== undefined && !hasContentType) return error(400, 'BadRequest', `Write request id : ${r.id} does not contain Content-Type header or body.`);
    }
    const chained = steps.some((r) => r.dependsOn !== undefined);
    const sequential = steps.every((r, i) => (i === 0 ? r.dependsOn === undefined : Array.isArray(r.dependsOn) && r.dependsOn.length === 1 && r.dependsOn[0] === steps[i - 1]!.id));
    if (chained && !sequential) return error(400, 'BadRequest', 'Batch should be either fully sequential or fully parallel');
    const chain = { chained, failed: false };
    const responses: unknown[] = [];
    for (const r of steps) responses.push(await this.batchStep(r, chain));
    return { status: 200, body: { responses } };
  }

  /** One request of a $batch; in a chain, `failed` turns true at the first failure and the rest answer 424. */
  private async batchStep(r: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }, chain: { chained: boolean; failed: boolean }) {
    const url = new URL(`${this.baseUrl}${r.url.startsWith('/') ? '' : '/'}${r.url}`);
    const path = decodeURIComponent(url.pathname.slice(new URL(this.baseUrl).pathname.length));
    const entry: LoggedRequest = { method: r.method, path, query: url.search.slice(1) };
    if (chain.failed) {
      this.batchedRequests.push({ ...entry, status: 424 });
      return { id: r.id, status: 424, headers: { 'Content-Type': 'application/json' }, body: error(424, 'FailedDependency', 'Failed dependency').body };
    }
    await this.beforeBatchedRequest?.(entry);
    const text = typeof r.body === 'string' ? r.body : '';
    const result = take(this.batchThrottle) ?? this.dispatch({ method: r.method, path, params: url.searchParams, headers: new Headers(r.headers), body: r.body, text });
    entry.status = result.status;
    this.batchedRequests.push(entry);
    if (chain.chained && (result.status < 200 || result.status >= 300)) chain.failed = true;
    // A 302 (file content) is passed on as it is: $batch does not follow redirects.
    const headers = result.body === undefined ? { ...result.headers } : { 'Content-Type': 'application/json', ...result.headers };
    return { id: r.id, status: result.status, headers, body: result.body };
  }

  private dispatch(req: FakeRequest): FakeResponse {
    const d = /^\/sites\/([^/]+)\/drive(\/.*)$/.exec(req.path);
    if (d !== null) {
      const site = this.sites.get(d[1]!);
      return site === undefined ? error(404, 'itemNotFound', 'Requested site could not be found') : driveResponse(site, d[2]!, req);
    }
    const m = /^\/sites\/([^/]+)\/lists(?:\/([^/]+)(?:\/(columns|items)(?:\/([^/]+)(?:\/(fields))?)?)?)?$/.exec(req.path);
    if (m === null) return error(400, 'BadRequest', `Resource not found for the segment '${req.path}'.`);
    const [, siteId, listId, collection, memberId, fields] = m;
    const site = this.sites.get(siteId!);
    if (site === undefined) return error(404, 'itemNotFound', 'Requested site could not be found');
    if (listId === undefined) return req.method === 'GET' ? this.getLists(site, req) : req.method === 'POST' ? this.createList(site, req) : notAllowed();
    const list = site.lists.get(listId);
    if (list === undefined) return error(404, 'itemNotFound', 'The specified list was not found');
    if (collection === undefined) return req.method === 'GET' ? { status: 200, body: listJson(list) } : notAllowed();
    if (collection === 'columns') {
      if (memberId !== undefined) return req.method === 'PATCH' ? this.updateColumn(list, memberId, req) : notAllowed();
      return req.method === 'GET' ? { status: 200, body: { value: list.columns.map(columnJson) } } : req.method === 'POST' ? this.createColumn(list, req) : notAllowed();
    }
    if (memberId === undefined) return req.method === 'GET' ? this.getItems(site, list, req) : req.method === 'POST' ? this.createItem(list, req) : notAllowed();
    if (memberId === 'delta' && fields === undefined) return req.method === 'GET' ? this.delta(site, list, req) : notAllowed();
    const item = list.items.get(Number(memberId));
    if (item === undefined) return error(404, 'itemNotFound', 'The resource could not be found.');
    if (fields !== undefined) return req.method === 'PATCH' ? this.updateFields(list, item, req) : req.method === 'GET' ? { status: 200, body: fieldsJson(item) } : notAllowed();
    if (req.method === 'GET') return { status: 200, body: itemJson(item, expandedFields(req.params)) };
    if (req.method === 'DELETE') {
      const stale = preconditionFailed(item, req.headers);
      if (stale !== undefined) return stale;
      removeItem(list, item);
      return { status: 204 };
    }
    return notAllowed();
  }

  private getLists(site: FakeSite, req: FakeRequest): FakeResponse {
    let lists = [...site.lists.values()];
    const filter = req.params.get('$filter');
    if (filter !== null) {
      const parsed = parseFilter(filter);
      if (!parsed.ok || parsed.clauses.some((c) => c.onFields || c.name !== 'displayName')) return error(400, 'invalidRequest', 'Only displayName eq is supported by the fake');
      lists = lists.filter((l) => parsed.clauses.every((c) => l.displayName === c.value));
    }
    return { status: 200, body: { value: lists.map(listJson) } };
  }

  private createList(site: FakeSite, req: FakeRequest): FakeResponse {
    const body = req.body as { displayName?: string; columns?: Record<string, unknown>[]; list?: { template?: string } };
    if (typeof body?.displayName !== 'string' || body.displayName === '') return error(400, 'invalidRequest', 'displayName is required');
    if (this.list(site.id, body.displayName) !== undefined) return error(409, 'nameAlreadyExists', 'The provided name already exists.');
    const list = newList(body.displayName, body.list?.template ?? 'genericList');
    for (const definition of body.columns ?? []) {
      const column = columnFromDefinition(definition);
      const problem = columnProblem(column) ?? (list.columns.some((c) => c.name === column.name) ? `Column '${column.name}' already exists` : undefined);
      if (problem !== undefined) return error(400, 'invalidRequest', problem);
      list.columns.push(column);
    }
    site.lists.set(list.id, list);
    return { status: 201, body: listJson(list) };
  }

  private createColumn(list: FakeList, req: FakeRequest): FakeResponse {
    const column = columnFromDefinition(req.body as Record<string, unknown>);
    const problem = columnProblem(column);
    if (problem !== undefined) return error(400, 'invalidRequest', problem);
    if (list.columns.some((c) => c.name === column.name)) return error(409, 'nameAlreadyExists', `A column named '${column.name}' already exists.`);
    list.columns.push(column);
    return { status: 201, body: columnJson(column) };
  }

  private updateColumn(list: FakeList, columnId: string, req: FakeRequest): FakeResponse {
    const column = list.columns.find((c) => c.id === columnId);
    if (column === undefined) return error(404, 'itemNotFound', 'The column was not found');
    const patch = req.body as { indexed?: boolean };
    const updated = { ...column, indexed: patch.indexed ?? column.indexed };
    const problem = columnProblem(updated);
    if (problem !== undefined) return error(400, 'invalidRequest', problem);
    Object.assign(column, updated);
    return { status: 200, body: columnJson(column) };
  }

  private getItems(site: FakeSite, list: FakeList, req: FakeRequest): FakeResponse {
    let items = [...list.items.values()].sort((a, b) => a.id - b.id);
    const filter = req.params.get('$filter') ?? req.params.get('filter');
    if (filter !== null) {
      const parsed = parseFilter(filter);
      if (!parsed.ok) return error(400, 'invalidRequest', parsed.message);
      const honorNonIndexed = (req.headers.get('Prefer') ?? '').includes(NON_INDEXED_PREFER);
      for (const clause of parsed.clauses) {
        const column = list.columns.find((c) => c.name === clause.name);
        if (!clause.onFields || column === undefined) return error(400, 'invalidRequest', `Invalid filter clause: ${clause.name}`);
        if (!column.indexed && !honorNonIndexed)
          return error(
            400,
            'invalidRequest',
            `Field '${clause.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${NON_INDEXED_PREFER}' header to allow this, but be warned that such queries may fail on large lists.`,
          );
      }
      items = items.filter((item) => parsed.clauses.every((c) => (item.fields[c.name] ?? null) === c.value));
    }
    const skipToken = req.params.get('$skiptoken');
    if (skipToken !== null) {
      const lastId = Number(/p_ID=(\d+)/.exec(Buffer.from(skipToken, 'base64').toString())?.[1] ?? NaN);
      if (Number.isNaN(lastId)) return error(400, 'invalidRequest', 'Invalid $skiptoken');
      items = items.filter((item) => item.id > lastId);
    }
    const top = Number(req.params.get('$top') ?? req.params.get('top') ?? this.pageSize);
    const page = items.slice(0, top);
    const select = expandedFields(req.params);
    const body: Record<string, unknown> = {
      '@odata.context': `${this.baseUrl}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
      value: page.map((item) => itemJson(item, select)),
    };
    if (items.length > page.length) body['@odata.nextLink'] = this.nextLink(req, page[page.length - 1]!.id);
    return { status: 200, body };
  }

  private nextLink(req: FakeRequest, lastId: number): string {
    const query = [...req.params.entries()]
      .filter(([key]) => key !== '$skiptoken')
      .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
    const token = Buffer.from(`Paged=TRUE&p_ID=${lastId}`).toString('base64').replace(/=+$/, '');
    query.push(`$skiptoken=${token}`);
    return `${this.baseUrl}${req.path.split('/').map(encodeURIComponent).join('/')}?${query.join('&')}`;
  }

  /**
   * listItem: delta. A token names a range of the list's change log: (from, to], of which the entries
   * after `after` are still to be sent; a deltaLink's token has only `from` (its `to` is fixed by the
   * first request that uses it). Items changed again while a round is paged move past `to` and come in
   * the next round. The same item appears once per round, in its latest state.
   */
  private delta(site: FakeSite, list: FakeList, req: FakeRequest): FakeResponse {
    if (!this.supportsListItemDelta) return error(400, 'BadRequest', "Resource not found for the segment 'delta'.");
    for (const unsupported of ['$filter', 'filter', '$orderby', 'orderby', '$search', '$skip'])
      if (req.params.has(unsupported)) return error(400, 'invalidRequest', `The query parameter '${unsupported}' is not supported with delta.`);
    const raw = req.params.get('token');
    const expand = req.params.get('expand') ?? req.params.get('$expand') ?? undefined;
    const topParam = req.params.get('$top') ?? req.params.get('top');
    const top = topParam === null ? undefined : Number(topParam);
    const link = (token: DeltaToken) => `${this.baseUrl}${req.path.split('/').map(encodeURIComponent).join('/')}?token=${encodeToken(token)}`;
    const context = `${this.baseUrl}/$metadata#Collection(microsoft.graph.listItem)`;
    if (raw === 'latest') return { status: 200, body: { '@odata.context': context, value: [], '@odata.deltaLink': link({ e: list.deltaEpoch, from: list.changeSeq, expand, top }) } };
    const token: DeltaToken | undefined = raw === null ? { e: list.deltaEpoch, from: 0, initial: true, expand, top } : decodeToken(raw);
    if (token === undefined) return error(400, 'invalidRequest', 'Invalid delta token');
    if (token.e !== list.deltaEpoch) {
      const restart = link({ e: list.deltaEpoch, from: 0, initial: true, expand: token.expand, top: token.top });
      const gone = error(410, 'resyncRequired', 'The delta token is no longer valid; start a new enumeration.', { Location: restart });
      (gone.body as { error: { innerError: Record<string, unknown> } }).error.innerError.code = 'resyncChangesApplyDifferences';
      return gone;
    }
    const to = token.to ?? list.changeSeq;
    const after = token.after ?? token.from;
    const inRange = (seq: number) => seq > after && seq <= to;
    const select = expandedFields(new URLSearchParams(token.expand === undefined ? {} : { expand: token.expand }));
    const parentReference = { siteId: site.id.split(',')[1] };
    const entries: { seq: number; json: Record<string, unknown> }[] = [...list.items.values()]
      .filter((item) => inRange(item.changeSeq))
      .map((item) => ({ seq: item.changeSeq, json: { ...itemJson(item, select), parentReference } }));
    if (token.initial !== true)
      for (const [id, seq] of list.tombstones)
        if (inRange(seq)) entries.push({ seq, json: { id: String(id), parentReference, contentType: { id: '0x0100', name: 'Item' }, deleted: { state: 'deleted' } } });
    entries.sort((a, b) => a.seq - b.seq);
    const page = entries.slice(0, token.top ?? this.pageSize);
    const body: Record<string, unknown> = { '@odata.context': context, value: page.map((e) => e.json) };
    if (entries.length > page.length) body['@odata.nextLink'] = link({ ...token, to, after: page[page.length - 1]!.seq });
    else body['@odata.deltaLink'] = link({ e: token.e, from: to, expand: token.expand, top: token.top });
    return { status: 200, body };
  }

  private createItem(list: FakeList, req: FakeRequest): FakeResponse {
    const fields = { ...((req.body as { fields?: Record<string, unknown> } | undefined)?.fields ?? {}) };
    const problem = fieldsProblem(list, fields);
    if (problem !== undefined) return error(400, 'invalidRequest', problem);
    if (uniqueViolation(list, fields) !== undefined) return duplicate();
    const now = new Date().toISOString();
    const item: FakeItem = { id: list.nextItemId++, guid: randomUUID(), version: 1, fields, created: now, modified: now, changeSeq: 0 };
    list.items.set(item.id, item);
    touch(list, item);
    return { status: 201, body: itemJson(item, 'all') };
  }

  private updateFields(list: FakeList, item: FakeItem, req: FakeRequest): FakeResponse {
    const stale = preconditionFailed(item, req.headers);
    if (stale !== undefined) return stale;
    const patch = (req.body ?? {}) as Record<string, unknown>;
    const problem = fieldsProblem(list, patch);
    if (problem !== undefined) return error(400, 'invalidRequest', problem);
    const next = { ...item.fields, ...patch };
    if (uniqueViolation(list, next, item.id) !== undefined) return duplicate();
    item.fields = next;
    item.version += 1;
    item.modified = new Date().toISOString();
    touch(list, item);
    return { status: 200, body: fieldsJson(item) };
  }
}

/** What a delta token of the fake encodes (opaque to clients, as Graph's are). */
interface DeltaToken {
  e: number;
  from: number;
  to?: number;
  after?: number;
  initial?: boolean;
  expand?: string;
  top?: number;
}

function encodeToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(raw: string): DeltaToken | undefined {
  try {
    const token = JSON.parse(Buffer.from(raw, 'base64url').toString()) as DeltaToken;
    return typeof token.e === 'number' && typeof token.from === 'number' ? token : undefined;
  } catch {
    return undefined;
  }
}

function take(throttle: Throttle | undefined): FakeResponse | undefined {
  if (throttle === undefined || throttle.remaining <= 0) return undefined;
  throttle.remaining -= 1;
  const headers: Record<string, string> = throttle.retryAfterSeconds === null ? {} : { 'Retry-After': String(throttle.retryAfterSeconds) };
  return error(throttle.status, throttle.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', 'Please retry after the time in Retry-After.', headers);
}

function preconditionFailed(item: FakeItem, headers: Headers): FakeResponse | undefined {
  const ifMatch = headers.get('If-Match');
  if (ifMatch === null || ifMatch === '*' || ifMatch === eTagOf(item)) return undefined;
  return error(412, 'preconditionFailed', 'The request ETag value does not match the object\'s ETag value');
}

function duplicate(): FakeResponse {
  return error(409, 'conflict', 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.');
}

function notAllowed(): FakeResponse {
  return error(405, 'BadRequest', 'The HTTP method is not allowed for this resource.');
}

/** 'all', a list of selected field names, or undefined when fields are not expanded. */
function expandedFields(params: URLSearchParams): 'all' | string[] | undefined {
  const expand = params.get('expand') ?? params.get('$expand');
  if (expand === null) return undefined;
  const m = /^fields(?:\(\$?select=([^)]*)\))?$/.exec(expand.trim());
  if (m === null) return undefined;
  return m[1] === undefined ? 'all' : m[1].split(',').map((s) => s.trim());
}

function fieldsJson(item: FakeItem, select: 'all' | string[] = 'all'): Record<string, unknown> {
  const all: Record<string, unknown> = { id: String(item.id), ContentType: 'Item', Modified: item.modified, Created: item.created, ...item.fields };
  const chosen = select === 'all' ? all : Object.fromEntries(select.filter((k) => k in all).map((k) => [k, all[k]]));
  return { '@odata.etag': eTagOf(item), ...chosen };
}

function itemJson(item: FakeItem, select: 'all' | string[] | undefined): Record<string, unknown> {
  return {
    '@odata.etag': eTagOf(item),
    createdDateTime: item.created,
    eTag: eTagOf(item),
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    contentType: { id: '0x0100', name: 'Item' },
    ...(select === undefined ? {} : { fields: fieldsJson(item, select) }),
  };
}

function listJson(list: FakeList): Record<string, unknown> {
  return { id: list.id, displayName: list.displayName, name: list.displayName.replace(/\s+/g, ''), list: { template: list.template, hidden: false } };
}

function columnJson(column: { id: string; name: string; indexed: boolean; enforceUniqueValues: boolean; definition: Record<string, unknown> }) {
  return { ...column.definition, id: column.id, name: column.name, indexed: column.indexed, enforceUniqueValues: column.enforceUniqueValues };
}

function toHttpResponse(response: FakeResponse | 'networkError'): Response {
  if (response === 'networkError') return HttpResponse.error();
  if (response.body === undefined) return new HttpResponse(null, { status: response.status, headers: response.headers });
  if (typeof response.body === 'string') return new HttpResponse(response.body, { status: response.status, headers: response.headers });
  return HttpResponse.json(response.body as Record<string, unknown>, { status: response.status, headers: response.headers });
}
