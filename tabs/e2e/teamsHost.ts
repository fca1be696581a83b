// A stand-in for the Teams web client: a page at https://teams.microsoft.com (served by Playwright
// routing, never the network) that frames the tab and answers the teams-js postMessage protocol.
//
// teams-js only accepts its host's messages from an https origin on its allow-list (or its own
// origin), so a host on http://127.0.0.1:other-port would be ignored and the app would fall back
// to browser mode. The tab is therefore framed at an https origin too, proxied to the local host,
// as in production where it is served over https from its own domain.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { firstPage } from './browser';

export const teamsOrigin = 'https://teams.microsoft.com';
export const tabOrigin = 'https://verksamhetsplan.example';
/** The Microsoft 365 group of the Team the stand-in frames the tab in, unless a test names another */
export const teamGroupId = '5e7a9c1b-2d4f-4e6a-8b0c-e2e0000000a1';

/** One message the tab sent its host: teams-js call name and arguments. */
export interface HostMessage {
  func: string;
  args: unknown[];
}

export interface TeamsHostOptions {
  /** Path and hash of the tab below its origin, e.g. index.html#/config */
  path: string;
  /** settings for the configuration page, content for the tab itself; sidePanel and meetingStage in a meeting (give meetingId) */
  frameContext: 'settings' | 'content' | 'sidePanel' | 'meetingStage';
  /** The Teams meeting the tab is in (context.meeting.id); a side panel or stage has one */
  meetingId?: string;
  /**
   * How the meeting answers sharing to its stage: meeting.getAppContentStageSharingCapabilities with
   * this permission, or with an SDK error ({ errorCode, message }), and meeting.shareAppContentToStage
   * with success or shareError. Without it the stand-in answers neither, as a host outside a meeting would not.
   */
  stageSharing?: { permission: boolean } | { capabilitiesError: { errorCode: number; message?: string } } | { permission: true; shareError: { errorCode: number; message?: string } };
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
  /** page.subPageId: the sub-page of a Teams deep link */
  subEntityId?: string;
  /** The Team's Microsoft 365 group (context.team.groupId); null: the tab is in a group chat, not a Team */
  groupId?: string | null;
  /** Local mode: the development identity the tab's frame has chosen before it starts */
  identity?: string;
  /**
   * Teams SSO: authentication.getAuthToken answers these tokens in turn (the last one again once
   * they run out); with consentFirst a silent call fails as it does before the person consented.
   */
  authTokens?: { tokens: string[]; consentFirst?: boolean };
  /** NAA: the host recommends it, and the tab's frame gets a bridge (window.nestedAppAuthBridge) answering with this token. */
  naa?: NaaAnswer;
}

/** What the stand-in NAA bridge answers GetToken with: the access token, an id token and the account. */
export interface NaaAnswer {
  accessToken: string;
  idToken: string;
  tenantId: string;
  oid: string;
  name: string;
}

export interface TeamsHost {
  page: Page;
  /** The tab's iframe */
  frame: Frame;
  /** Everything the tab has sent so far */
  messages(): Promise<HostMessage[]>;
  /** Waits until the tab has sent a matching message and returns it. */
  waitForMessage(func: string, matches?: (args: unknown[]) => boolean): Promise<HostMessage>;
  /** Sends the tab an event, as Teams does (settings.save, themeChange, …). */
  sendEvent(func: string, ...args: unknown[]): Promise<void>;
}

/** Serves the tab's https origin from the local host (http://127.0.0.1:PORT). */
export async function proxyTabOrigin(context: BrowserContext, localOrigin: string): Promise<void> {
  await context.route(`${tabOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${localOrigin}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** Opens the Teams stand-in framing the tab; resolves once the tab's frame exists. */
/** The channel of the Team the stand-in frames the tab in (context.channel.id): the tab sends it with a link. */
export const teamChannelId = '19:general@thread.tacv2';

export async function openInTeams(context: BrowserContext, options: TeamsHostOptions): Promise<TeamsHost> {
  const tabUrl = `${tabOrigin}/${options.path}`;
  if (options.naa) await context.addInitScript(naaBridge, { tabOrigin, answer: options.naa });
  if (options.identity) await context.addInitScript(chosenIdentity, { tabOrigin, identity: options.identity });
  await context.route(`${teamsOrigin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage(tabUrl, options) }),
  );
  const page = await firstPage(context);
  await page.goto(`${teamsOrigin}/_e2e/host`);
  const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!frame) throw new Error('the tab has no frame');

  const messages = () => page.evaluate(() => (window as unknown as HostWindow).teamsHost.received);
  return {
    page,
    frame,
    messages,
    async waitForMessage(func, matches = () => true) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const found = (await messages()).find((m) => m.func === func && matches(m.args));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`the tab did not send ${func}; it sent: ${JSON.stringify(await messages())}`);
        await page.waitForTimeout(100);
      }
    },
    sendEvent: (func, ...args) => page.evaluate(([f, a]) => (window as unknown as HostWindow).teamsHost.send(f, a), [func, args] as const),
  };
}

interface HostWindow {
  teamsHost: { received: HostMessage[]; send(func: string, args: readonly unknown[]): void };
}

/** The development identity as the tab remembers it (tabs/src/identity.ts), in the tab's frame only. */
function chosenIdentity({ tabOrigin: origin, identity }: { tabOrigin: string; identity: string }) {
  if (window.location.origin !== origin) return;
  try {
    if (window.localStorage.getItem('vp.devIdentity') === null) window.localStorage.setItem('vp.devIdentity', identity);
  } catch {
    // third-party storage blocked: the tab runs without a remembered identity
  }
}

/**
 * The Teams host's side of Nested App Authentication as MSAL sees it in the tab's frame: a
 * window.nestedAppAuthBridge taking NestedAppAuthRequest envelopes (GetInitContext, GetToken,
 * GetTokenPopup) and answering NestedAppAuthResponse envelopes. Every request is kept in
 * window.naaRequests. Runs in every frame at document start; only the tab's gets the bridge.
 */
function naaBridge({ tabOrigin: origin, answer }: { tabOrigin: string; answer: NaaAnswer }) {
  if (window.location.origin !== origin) return;
  type Listener = (response: string) => void;
  const listeners = new Set<Listener>();
  const requests: { method: string; tokenParams?: { scope?: string; clientId?: string } }[] = [];
  Object.assign(window, {
    naaRequests: requests,
    nestedAppAuthBridge: {
      addEventListener: (name: string, listener: Listener) => name === 'message' && listeners.add(listener),
      removeEventListener: (_name: string, listener: Listener) => listeners.delete(listener),
      postMessage: (message: string) => {
        const request = JSON.parse(message) as { requestId: string; method: string; tokenParams?: { scope?: string; clientId?: string } };
        requests.push({ method: request.method, tokenParams: request.tokenParams });
        const body =
          request.method === 'GetInitContext'
            ? { initContext: { sdkName: 'teams-e2e', sdkVersion: '1.0.0', capabilities: { queryAccount: false } } }
            : {
                token: { access_token: answer.accessToken, expires_in: 3600, id_token: answer.idToken, properties: null, scope: request.tokenParams?.scope },
                account: { environment: 'login.microsoftonline.com', tenantId: answer.tenantId, homeAccountId: `${answer.oid}.${answer.tenantId}`, localAccountId: answer.oid, username: 'anna@skola.example', name: answer.name },
              };
        const response = JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, success: true, ...body });
        setTimeout(() => listeners.forEach((listener) => listener(response)));
      },
    },
  });
}

/**
 * The host page. Answers as the Teams web client does: `initialize` with the frame context, the
 * client type and a runtime that supports pages.config; `getContext` with a (legacy-shaped)
 * context (with the meeting's id in a meeting); `settings.setSettings` with success; in a meeting
 * the two stage-sharing calls as `stageSharing` says. Requests carry `id` and `uuidAsString`; replies
 * echo both with `args`. Events from the host are `{ func, args }`.
 */
function hostPage(tabUrl: string, options: TeamsHostOptions): string {
  const runtime = {
    apiVersion: 4,
    isNAAChannelRecommended: Boolean(options.naa),
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: { appEntity: {}, dialog: { url: {}, update: {} }, pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, tabs: {} }, teamsCore: {} },
  };
  const groupId = options.groupId === undefined ? teamGroupId : options.groupId;
  // A channel of a Team (teams-js makes context.team of teamId, teamName and groupId), or a group chat.
  const where =
    groupId === null
      ? { chatId: '19:e2e-chat@thread.v2' }
      : { teamId: '19:e2e@thread.tacv2', teamName: 'Hägerstensåsens förskolor', groupId, channelId: teamChannelId, channelName: 'Allmänt' };
  const context = {
    locale: options.locale ?? 'sv-se',
    theme: options.theme ?? 'default',
    frameContext: options.frameContext,
    entityId: 'vp-hagerstensasens-forskolor-2021',
    subEntityId: options.subEntityId ?? '',
    hostClientType: 'web',
    ...where,
    ...(options.meetingId ? { meetingId: options.meetingId } : {}),
    tid: '00000000-0000-0000-0000-000000000001',
    userObjectId: '00000000-0000-0000-0000-000000000002',
    appSessionId: 'e2e',
  };
  const script = `
    const tabOrigin = ${JSON.stringify(new URL(tabUrl).origin)};
    const runtime = ${JSON.stringify(JSON.stringify(runtime))};
    const context = ${JSON.stringify(context)};
    const authTokens = ${JSON.stringify(options.authTokens ?? null)};
    const stageSharing = ${JSON.stringify(options.stageSharing ?? null)};
    let tokensGiven = 0;
    let consented = !authTokens || !authTokens.consentFirst;
    const frame = document.getElementById('tab');
    const received = [];
    function post(message) { frame.contentWindow.postMessage(message, tabOrigin); }
    window.teamsHost = { received, send: (func, args) => post({ func, args }) };
    window.addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || event.origin !== tabOrigin) return;
      const request = event.data;
      if (!request || typeof request.func !== 'string') return;
      received.push({ func: request.func, args: request.args || [] });
      const reply = (args) => post({ id: request.id, uuidAsString: request.uuidAsString, args });
      switch (request.func) {
        case 'initialize': return reply([context.frameContext, 'web', runtime, '2.58.0']);
        case 'getContext': return reply([context]);
        case 'settings.getSettings': return reply([{ entityId: context.entityId }]);
        case 'settings.setSettings': return reply([true]);
        case 'authentication.getAuthToken': {
          // args: resources, claims, silent, tenantId. Not silent: Teams asks the person, who consents.
          if (!authTokens) return reply([false, 'webApplicationInfo is missing']);
          if (request.args && request.args[2] === false) consented = true;
          if (!consented) return reply([false, 'resourceRequiresConsent']);
          const token = authTokens.tokens[Math.min(tokensGiven, authTokens.tokens.length - 1)];
          tokensGiven++;
          return reply([true, token]);
        }
        // Callbacks get (error, result) as teams-js passes them on: an SdkError or null first.
        case 'meeting.getAppContentStageSharingCapabilities':
          if (!stageSharing) return undefined;
          return 'capabilitiesError' in stageSharing ? reply([stageSharing.capabilitiesError, null]) : reply([null, { doesAppHaveSharePermission: stageSharing.permission }]);
        case 'meeting.shareAppContentToStage':
          if (!stageSharing) return undefined;
          return 'shareError' in stageSharing ? reply([stageSharing.shareError, null]) : reply([null, true]);
        default: return undefined; // one-way messages: registerHandler, settings.setValidityState, …
      }
    });
    frame.src = ${JSON.stringify(tabUrl)};
  `;
  return `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8"><title>Microsoft Teams (testvärd)</title>
  <style>html, body { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; display: block; }</style></head>
  <body><iframe id="tab" title="Verksamhetsplan"></iframe><script>${script}</script></body>
</html>`;
}
