// Chromium for the tab's end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core
// (no browser download), and axe-core run inside pages.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Generous: the machines these run on are shared. Flows wait for what they need, never for time. */
export const actionTimeoutMs = 30_000;

export interface ChromiumOptions {
  colorScheme?: 'light' | 'dark';
  /**
   * Storage in cross-site frames (such as the tab inside teams.microsoft.com). Debian's Chromium
   * blocks third-party cookies, and with them localStorage in cross-site frames, unless the
   * profile allows them as many Chrome and Edge profiles (and Teams' desktop client) do.
   */
  thirdPartyStorage?: 'blocked' | 'allowed';
  /** The window's size; 1280×900 unless given (a phone is 390×844) */
  viewport?: { width: number; height: number };
  /** Touch input, as on a phone or tablet: CSS then matches (pointer: coarse) */
  hasTouch?: boolean;
  /**
   * Self-signed certificates to trust, by the base64 SHA-256 of their public key (a test's https
   * server, such as the fake Entra authority): only these, not every certificate error.
   */
  trustedKeys?: string[];
}

/**
 * Launches headless Chromium on a fresh user-data dir (removed by context.close()) and
 * returns its one browser context, at 1280×900 (or the given viewport) in Swedish. Requests leave the machine only for
 * origins the test routes itself: anything neither loopback nor routed by the test is aborted,
 * so a test never waits on the internet.
 */
export async function openChromium(options: ChromiumOptions = {}): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian's Chromium (apt-get install -y chromium); .ci/run does so.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'vp-chromium-'));
  if (options.thirdPartyStorage === 'allowed') {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: options.trustedKeys?.length ? [...chromiumArgs, `--ignore-certificate-errors-spki-list=${options.trustedKeys.join(',')}`] : chromiumArgs,
      timeout: 60_000,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      hasTouch: options.hasTouch ?? false,
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      colorScheme: options.colorScheme ?? 'light',
      serviceWorkers: 'block',
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const close = context.close.bind(context);
  context.close = async (closeOptions) => {
    // A test may end while its pages still load, with route handlers in flight. Closing the context
    // first disposes what they fetched (route.fetch), so a later route.fulfill throws into the test
    // ("Fetch response has been disposed"). Close the pages first (a route call for a closed page is
    // a no-op), then let the handlers still running finish, and only then close the context.
    await Promise.all(context.pages().map((page) => page.close()));
    await context.unrouteAll({ behavior: 'wait' });
    await close(closeOptions);
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // a leftover profile in the temp dir is not worth failing a test for
    }
  };
  // Chromium tells a page what its CSP refused only by an event: pass it to the console, where
  // collectPageErrors sees it.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy refused ${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)),
  );
  context.setDefaultTimeout(actionTimeoutMs);
  context.setDefaultNavigationTimeout(actionTimeoutMs);
  // Registered first, so routes the test adds later take precedence (Playwright tries the newest first).
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** The context's first page (a persistent context opens with one). */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/**
 * Uncaught exceptions in any of the page's frames, and anything the host's Content-Security-Policy
 * refused (Chromium reports it on the console only), for tests to assert there were none.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

// axe-core's own types are not needed: only the result fields read below.
interface AxeResultsLike {
  violations: { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page or frame and returns its serious
 * and critical violations, each with the failing elements.
 */
export async function seriousViolations(target: Page | Frame): Promise<AxeViolation[]> {
  // A dialog that is still fading in has colours between its states: axe would measure a contrast
  // nobody sees once it has opened. Wait for running finite animations and transitions to end.
  await target.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
  );
  const injected = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') refuses an inline script tag.
  if (!injected) await target.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await target.evaluate(async (): Promise<AxeResultsLike> => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<AxeResultsLike> } }).axe;
    // Tabster's focus sentinels (Fluent's focus management) are focusable and aria-hidden on purpose:
    // focus on one is moved on at once (tabster issue 288). axe would report them as aria-hidden-focus.
    const { violations } = await axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    // Only plain data crosses back to Node.
    return JSON.parse(JSON.stringify({ violations })) as AxeResultsLike;
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact!,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 300), summary: (n.failureSummary ?? '').trim() })),
    }));
}

/** A readable listing of violations for a failing expectation. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target}\n    ${n.html}\n    ${n.summary.replace(/\n/g, '\n    ')}`).join('\n')}`)
    .join('\n\n');
}
