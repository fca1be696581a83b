import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { SignInConfig } from '@vp/shared';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The hosts that may frame the tab, as Microsoft lists them for Teams tabs ("Tab requirements"):
 * every Microsoft 365 host on *.cloud.microsoft, Teams, the Microsoft 365 app and Outlook.
 */
export const teamsFrameAncestors = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
];

/**
 * The policy allows what the built tab needs: its own scripts (Vite modules, teams-js bundled in
 * them), its own API, teams-js's list of valid hosts, and inline styles: Fluent UI's Griffel inserts
 * its rules as <style> elements at run time, which Chromium blocks without 'unsafe-inline' (a nonce
 * would need a per-request index.html). X-Frame-Options is left out (it cannot name Teams;
 * frame-ancestors does), and so is Cross-Origin-Opener-Policy: Teams' authentication popups talk to
 * their opener, and so does MSAL's redirect bridge page. In entra mode the browser sign-in (MSAL)
 * also reads the authority's metadata and token endpoint and renews in a hidden frame of it.
 */
const helmetOptions = (authority: string[]): HelmetOptions => ({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      // teams-js fetches the current list of valid Teams hosts from Microsoft's CDN at initialize
      connectSrc: ["'self'", 'https://res.cdn.office.net/teams-js/', ...authority],
      frameSrc: ["'self'", ...authority],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'", ...teamsFrameAncestors],
    },
  },
  frameguard: false,
  crossOriginOpenerPolicy: false,
  strictTransportSecurity: false, // the local host speaks http; HTTPS is the hosting's business
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
});

/**
 * The security headers helmet sets with these options. They depend on nothing in a request, so
 * helmet runs once, on a response that is never sent, and every response gets the same set
 * (@fastify/helmet would build helmet anew for each request, which showed in the plan read's profile).
 */
function helmetHeaders(authority: string[] = []): Readonly<Record<string, string>> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  let failed: unknown;
  helmet(helmetOptions(authority))(request, response, (error?: unknown) => (failed = error));
  if (failed !== undefined) throw failed;
  return Object.freeze(Object.fromEntries(Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)])));
}

export const securityHeaders = helmetHeaders();

/** The security headers as header lines, for answers written straight to the socket. */
export const securityHeaderLines = Object.entries(securityHeaders)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');

/** Security headers on the tab and the API: every routed request, before its handler runs; in entra mode the authority may be reached. */
export function addSecurityHeaders(app: FastifyInstance, signIn?: SignInConfig): void {
  const headers = signIn?.mode === 'entra' ? helmetHeaders([new URL(signIn.authority).origin]) : securityHeaders;
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
