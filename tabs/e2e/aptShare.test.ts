// The APT in a Teams meeting's side panel (320 px wide, the stand-in host of teamsHost.ts speaking
// teams-js' protocol): the panel opens the unit's APT instead of the plan the tab was saved with, and
// Dela till scenen asks the meeting first — a caller who is no presenter is told so in Swedish and
// nothing is shared; a presenter shares the tab's own page (the manifest's validDomains) naming the
// meeting's presentation; a client that cannot share says so.
import type { BrowserContext, Frame } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, hag, rektor, startTab, type TabFixture } from './tabFixture';
import { openInTeams, proxyTabOrigin, tabOrigin, type TeamsHostOptions } from './teamsHost';

jest.setTimeout(flowTimeoutMs);

const staff = 'dev-personal-hag';
const teamsMeetingId = 'MCMxOTptZWV0aW5nX2UyZUB0aHJlYWQudjI=';

let tab: TabFixture;
let aptId: string;
beforeAll(async () => {
  tab = await startTab();
  const created = await tab.api.call(`/units/${hag}/apt`, { method: 'POST', as: rektor, body: JSON.stringify({ year: 2021, date: '2021-10-05' }) });
  expect(created.status).toBe(201);
  aptId = ((await created.json()) as { id: string }).id;
});
afterAll(() => tab?.stop());

/** The side panel: the tab saved with its plan, opened in a meeting, as `identity`. */
async function sidePanel(stageSharing: TeamsHostOptions['stageSharing'], identity = staff) {
  const context = await tab.chromium({ thirdPartyStorage: 'allowed', viewport: { width: 320, height: 800 } });
  await proxyTabOrigin(context, tab.origin);
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  const teams = await openInTeams(context, { path: `index.html#/plan/${hag}/2021`, frameContext: 'sidePanel', meetingId: teamsMeetingId, identity, stageSharing });
  await teams.frame.getByRole('heading', { level: 1, name: 'APT – Hägerstensåsens förskolor' }).waitFor();
  return { context, teams, errors };
}

/** Elements reaching past the panel's right edge (the panel would scroll sideways); none at 320 px. */
const pastTheEdge = (frame: Frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getBoundingClientRect().width > 0)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')} "${(e.textContent ?? '').slice(0, 30)}" (${Math.round(e.getBoundingClientRect().right)} > ${window.innerWidth})`),
  );

async function closing<T>(context: BrowserContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    await context.close();
  }
}

it('the side panel opens the unit’s APT; no presenter: the Swedish message, and nothing is shared', async () => {
  const { context, teams, errors } = await sidePanel({ permission: false });
  await closing(context, async () => {
    const { frame } = teams;
    expect(new URL(frame.url()).hash).toBe(`#/apt/${hag}/2021`);
    await frame.getByRole('heading', { name: 'Nästa APT' }).waitFor();
    expect(await pastTheEdge(frame)).toEqual([]);

    await frame.getByRole('button', { name: 'Dela till scenen' }).click();
    await frame.getByText('Bara den som presenterar i mötet kan dela till scenen. Be mötesorganisatören göra dig till presentatör.').waitFor();
    await teams.waitForMessage('meeting.getAppContentStageSharingCapabilities');
    // The panel with its message passes axe (WCAG 2.2 AA, serious and critical).
    const violations = await seriousViolations(frame);
    expect(describeViolations(violations)).toBe('');
    expect((await teams.messages()).some((m) => m.func === 'meeting.shareAppContentToStage')).toBe(false);
    expect(errors).toEqual([]);
  });
});

it('a presenter shares the presentation: the tab’s own origin, naming the meeting on the stage', async () => {
  const { context, teams, errors } = await sidePanel({ permission: true }, rektor);
  await closing(context, async () => {
    const { frame } = teams;
    await frame.getByRole('button', { name: 'Dela till scenen' }).click();
    await frame.getByText('Presentationen visas nu på mötets scen.').waitFor();
    const { args } = await teams.waitForMessage('meeting.shareAppContentToStage');
    const [url, options] = args as [string, { sharingProtocol: string }];
    const shared = new URL(url);
    expect(shared.origin).toBe(tabOrigin);
    expect(shared.pathname).toBe('/index.html');
    expect(shared.hash).toBe(`#/stage/${aptId}`);
    expect(options).toEqual({ sharingProtocol: 'Collaborative' });
    expect(errors).toEqual([]);
  });
});

it('a Teams client that cannot share to the stage says so', async () => {
  const { context, teams } = await sidePanel({ capabilitiesError: { errorCode: 100, message: 'Not supported on platform' } });
  await closing(context, async () => {
    await teams.frame.getByRole('button', { name: 'Dela till scenen' }).click();
    await teams.frame.getByText(/Den här Teams-klienten kan inte dela appar till scenen/).waitFor();
    expect((await teams.messages()).some((m) => m.func === 'meeting.shareAppContentToStage')).toBe(false);
  });
});
