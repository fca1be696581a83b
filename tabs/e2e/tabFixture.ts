// One test file's world: the product's local host on a fresh SQLite file with the demo data
// (serving the built tab from tabs/dist), and headless Chromium opened per flow.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '@vp/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { startApiHost, type Access, type ApiHost } from '../../functions/src/testing/apiHost';
import { collectPageErrors, firstPage, openChromium, type ChromiumOptions } from './browser';

export const hag = 'hagerstensasens-forskolor';
export const year = 2021;
export const planPath = `/units/${hag}/plans/${year}`;
export const planHash = `#/plan/${hag}/${year}`;
export const rektor = 'dev-rektor-hag';

/** jest timeout for one flow: starting Chromium and the host on a busy machine can take a while. */
export const flowTimeoutMs = 180_000;

export interface OpenOptions extends ChromiumOptions {
  /** Stored as the chosen development identity before the app starts */
  identity?: string;
  /** Query string, e.g. theme=dark */
  query?: string;
}

export interface TabFixture {
  api: ApiHost;
  /** http://127.0.0.1:PORT, where the local host serves the tab and the API */
  origin: string;
  /** The tab's URL for a hash route */
  url(hash: string, query?: string): string;
  /** A fresh Chromium (its own profile) with a page showing the tab at the hash route */
  open(hash: string, options?: OpenOptions): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
  /** A fresh Chromium without a page loaded, closed by stop() */
  chromium(options?: ChromiumOptions): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/** accessFor: who may call over the store (default: the local mode's development identities). */
export async function startTab(accessFor?: (store: Store) => Access): Promise<TabFixture> {
  const dist = join(__dirname, '..', 'dist', 'index.html');
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run npm run build first (npm test does).`);
  const api = await startApiHost(undefined, accessFor);
  const origin = api.base.replace(/\/api$/, '');
  const contexts: BrowserContext[] = [];
  const url = (hash: string, query?: string) => `${origin}/index.html${query ? `?${query}` : ''}${hash}`;
  const chromium = async (options?: ChromiumOptions) => {
    const context = await openChromium(options);
    contexts.push(context);
    return context;
  };

  return {
    api,
    origin,
    url,
    chromium,
    async open(hash, options = {}) {
      const context = await chromium(options);
      if (options.identity) {
        await context.addInitScript((id) => {
          if (window.localStorage.getItem('vp.devIdentity') === null) window.localStorage.setItem('vp.devIdentity', id);
        }, options.identity);
      }
      const page = await firstPage(context);
      const errors = collectPageErrors(page);
      await page.goto(url(hash, options.query));
      return { page, context, errors };
    },
    async stop() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await api.stop();
    },
  };
}

/** The goal's label as the plan view names its section and buttons: the shared goal heading ("1. En modern storstad …"). */
export { goalHeading as goalLabel } from '@vp/shared';
