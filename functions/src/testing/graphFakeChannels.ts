import { fakeError, type FakeRequest, type FakeResponse } from './graphFakeModel';

/** A message as the fake keeps it: what was posted, by whom, when. */
export interface FakeChannelMessage {
  id: string;
  createdDateTime: string;
  /** the poster's oid (from the on-behalf-of token) */
  from: string;
  /** the token it was posted with */
  token: string;
  body: { contentType?: string; content: string };
  attachments: { id: string; contentType: string; contentUrl?: string | null; content?: string }[];
}

/** How the fake answers one injected failure: a status (with Retry-After), or a dropped connection. */
export interface InjectedFailure {
  status?: number;
  retryAfterSeconds?: number | null;
  code?: string;
  message?: string;
  /** store the message first, then answer with the failure: the sender cannot know it went through */
  afterStoring?: boolean;
  /** answer no HTTP response at all (the connection drops) instead of a status */
  networkError?: boolean;
}

/** Graph's documented limits: $top up to 50 messages a page (default 20); a message up to about 28 KB. */
const MAX_TOP = 50;
const DEFAULT_TOP = 20;
const MAX_MESSAGE_BYTES = 28 * 1024;

const PATH = /^\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/;

/**
 * Teams channel messages in the Graph fake: POST /teams/{team}/channels/{channel}/messages (delegated
 * only, ChannelMessage.Send) and GET of the same (ChannelMessage.Read.All), newest first with $top and
 * nextLink pages. A posted card must be referenced from the html body (<attachment id>), its content a
 * JSON string. Failures are injected per request: 429/503 with Retry-After, any other status, a
 * dropped connection, and "stored, then failed" (the send went through but the sender cannot know).
 * Test fixture only.
 */
export class FakeChannels {
  /** Which permissions a token carries (the fake token endpoint's issued scopes); undefined: not checked. */
  scopesOf: ((token: string) => readonly string[] | undefined) | undefined;
  /** The injected failures still to answer, first first; each answers one request (POST or GET, see failNext). */
  private readonly failures: { method: 'POST' | 'GET'; failure: InjectedFailure }[] = [];
  private readonly channels = new Map<string, FakeChannelMessage[]>();
  private readonly members = new Map<string, ReadonlySet<string> | null>();
  /** The time messages are stamped with; a test with its own clock hands it in. */
  now: () => number = Date.now;
  private lastId = 0;

  /** Forgets every channel, message and injected failure (between tests). */
  clear(): void {
    this.channels.clear();
    this.members.clear();
    this.failures.length = 0;
  }

  /** A team's channel; members: who may post (default anyone signed in). */
  addChannel(teamId: string, channelId: string, members: readonly string[] | null = null): void {
    this.channels.set(key(teamId, channelId), this.channels.get(key(teamId, channelId)) ?? []);
    this.members.set(teamId, members === null ? null : new Set(members));
  }

  /** The channel's messages, oldest first (for assertions). */
  messages(teamId: string, channelId: string): FakeChannelMessage[] {
    return [...(this.channels.get(key(teamId, channelId)) ?? [])];
  }

  /** The next `count` requests of the method to the channel endpoints answer with the failure. */
  failNext(method: 'POST' | 'GET', failure: InjectedFailure, count = 1): void {
    for (let i = 0; i < count; i++) this.failures.push({ method, failure });
  }

  /** Adds a message as if someone posted it earlier (no checks): other people's messages in the channel. */
  insert(teamId: string, channelId: string, message: Omit<FakeChannelMessage, 'id' | 'createdDateTime'> & { createdDateTime?: string }): FakeChannelMessage {
    const list = this.channels.get(key(teamId, channelId));
    if (!list) throw new Error(`No channel ${channelId} in team ${teamId}`);
    const stored = { ...message, id: this.nextId(), createdDateTime: message.createdDateTime ?? new Date(this.now()).toISOString() };
    list.push(stored);
    return stored;
  }

  /** Answers a request below the Graph root when it is for channel messages; undefined otherwise. */
  handle(req: FakeRequest, token: string, whoIs: (token: string) => string | undefined, baseUrl: string): FakeResponse | 'networkError' | undefined {
    const m = PATH.exec(req.path);
    if (!m) return undefined;
    const [teamId, channelId] = [m[1]!, m[2]!];
    if (req.method !== 'POST' && req.method !== 'GET') return fakeError(405, 'BadRequest', 'The HTTP method is not allowed for this resource.');
    const injected = this.takeFailure(req.method);
    if (injected && !injected.afterStoring) return answerFailure(injected);
    const oid = whoIs(token);
    // Graph posts channel messages only for a signed-in user (application permissions: migration only).
    if (oid === undefined) return fakeError(403, 'Forbidden', 'Forbidden: delegated authentication is required for this API.');
    const needed = req.method === 'POST' ? 'ChannelMessage.Send' : 'ChannelMessage.Read.All';
    const scopes = this.scopesOf?.(token);
    if (scopes !== undefined && !scopes.includes(needed)) {
      return fakeError(403, 'Forbidden', `Missing scope permissions on the request. API requires one of '${needed}'. Scopes on the request '${scopes.join(',')}'`);
    }
    const list = this.channels.get(key(teamId, channelId));
    if (!list) return fakeError(404, 'NotFound', 'Resource not found.');
    const members = this.members.get(teamId);
    if (members && !members.has(oid)) return fakeError(403, 'Forbidden', 'User is not a member of the team.');
    if (req.method === 'GET') return this.list(list, req, baseUrl);
    const posted = this.post(list, req, oid, token);
    if (injected && posted.status === 201) return answerFailure(injected);
    return posted;
  }

  private post(list: FakeChannelMessage[], req: FakeRequest, oid: string, token: string): FakeResponse {
    if (Buffer.byteLength(req.text) > MAX_MESSAGE_BYTES) return fakeError(413, 'RequestEntityTooLarge', 'Message size exceeds the limit.');
    const body = req.body as { body?: { contentType?: unknown; content?: unknown }; attachments?: unknown } | undefined;
    const content = body?.body?.content;
    if (typeof content !== 'string' || content === '') return fakeError(400, 'BadRequest', 'Message body content is required.');
    const attachments = (body?.attachments ?? []) as { id?: unknown; contentType?: unknown; content?: unknown; contentUrl?: unknown }[];
    if (!Array.isArray(attachments)) return fakeError(400, 'BadRequest', 'attachments must be a collection.');
    for (const a of attachments) {
      if (typeof a.id !== 'string' || typeof a.contentType !== 'string') return fakeError(400, 'BadRequest', 'Attachment id and contentType are required.');
      if (!content.includes(`<attachment id="${a.id}"></attachment>`)) return fakeError(400, 'BadRequest', `Attachment with id '${a.id}' is not referenced in the message body.`);
      if (a.contentType === 'application/vnd.microsoft.card.adaptive' && !isJsonObject(a.content)) return fakeError(400, 'BadRequest', 'Invalid adaptive card content: a JSON string is expected.');
    }
    const message: FakeChannelMessage = {
      id: this.nextId(),
      createdDateTime: new Date(this.now()).toISOString(),
      from: oid,
      token,
      body: { contentType: typeof body?.body?.contentType === 'string' ? body.body.contentType : 'text', content },
      attachments: attachments as FakeChannelMessage['attachments'],
    };
    list.push(message);
    return { status: 201, body: toJson(message) };
  }

  /** Newest first, $top per page (≤ 50), $skiptoken = how many newer ones were already given. */
  private list(list: FakeChannelMessage[], req: FakeRequest, baseUrl: string): FakeResponse {
    const top = Number(req.params.get('$top') ?? req.params.get('top') ?? DEFAULT_TOP);
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) return fakeError(400, 'BadRequest', `Invalid page size: $top must be between 1 and ${MAX_TOP}.`);
    const skip = Number(req.params.get('$skiptoken') ?? 0);
    const newestFirst = [...list].reverse();
    const page = newestFirst.slice(skip, skip + top);
    const more = skip + top < newestFirst.length;
    const path = req.path.split('/').map(encodeURIComponent).join('/');
    return {
      status: 200,
      body: { value: page.map(toJson), ...(more ? { '@odata.nextLink': `${baseUrl}${path}?$top=${top}&$skiptoken=${skip + top}` } : {}) },
    };
  }

  private takeFailure(method: string): InjectedFailure | undefined {
    const i = this.failures.findIndex((f) => f.method === method);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0]!.failure;
  }

  /** Ids as Teams gives them: the millisecond it was posted, kept increasing. */
  private nextId(): string {
    this.lastId = Math.max(this.lastId + 1, this.now());
    return String(this.lastId);
  }
}

function answerFailure(failure: InjectedFailure): FakeResponse | 'networkError' {
  if (failure.networkError) return 'networkError';
  const status = failure.status ?? 429;
  const retryAfter = failure.retryAfterSeconds === undefined ? (status === 429 || status === 503 ? 1 : null) : failure.retryAfterSeconds;
  const code = failure.code ?? (status === 429 ? 'TooManyRequests' : status === 503 ? 'ServiceUnavailable' : 'Error');
  return fakeError(status, code, failure.message ?? 'Injected failure.', retryAfter === null ? undefined : { 'Retry-After': String(retryAfter) });
}

function isJsonObject(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

function toJson(message: FakeChannelMessage): Record<string, unknown> {
  return {
    id: message.id,
    messageType: 'message',
    createdDateTime: message.createdDateTime,
    from: { user: { id: message.from, userIdentityType: 'aadUser' } },
    body: message.body,
    attachments: message.attachments.map((a) => ({ contentUrl: null, ...a })),
  };
}

const key = (teamId: string, channelId: string) => `${teamId}\n${channelId}`;
