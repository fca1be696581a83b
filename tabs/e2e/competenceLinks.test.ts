// Competence-supply rows beside the goals they serve, in a browser: the avdelningschef links a row of
// 2021 to a nämndmål and one to Hägerstensåsen's enhetsmål (through the API); the rektor's plan shows
// each under its goal, read with one request for the whole page, and links to the competence plan.
import type { Request } from 'playwright-core';
import { collectPageErrors } from './browser';
import { flowTimeoutMs, goalLabel, hag, planHash, planPath, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const competence2021 = '/forvaltningar/hagersten-alvsjo/competence/2021';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

async function createRow(activity: string, linkedGoalIds: string[]): Promise<void> {
  const response = await tab.api.call(competence2021, {
    method: 'POST',
    as: 'dev-avdelningschef',
    body: JSON.stringify({ avdelning: 'Avdelning förskola', categories: ['attrahera'], activity, targetDate: { text: '2021-2023' }, linkedGoalIds }),
  });
  expect(response.status).toBe(201);
}

const labelOf = async (path: string) => goalLabel((await (await tab.api.call(path)).json()) as Parameters<typeof goalLabel>[0]);

it('the plan shows each goal’s linked competence rows, read once for the page', async () => {
  await createRow('Delta på rekryteringsmässor', ['nm-1.3-1']);
  await createRow('Mentorskap för nya förskollärare', ['nm-1.3-1', 'hag-em-1']);
  await createRow('Utan koppling till målen', []);
  const nämndmål = await labelOf(`${planPath}/goals/nm-1.3-1`);
  const enhetsmål = await labelOf(`${planPath}/goals/hag-em-1`);

  // Listening from before the page loads: every request the page sends for competence rows.
  const context = await tab.chromium();
  await context.addInitScript((id) => window.localStorage.setItem('vp.devIdentity', id), rektor);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const competenceRequests: string[] = [];
  page.on('request', (request: Request) => {
    if (request.url().includes('/competence/')) competenceRequests.push(new URL(request.url()).pathname);
  });
  await page.goto(tab.url(planHash));
  const underNämndmål = page.getByRole('list', { name: `Kompetensförsörjning: ${nämndmål}`, exact: true });
  await underNämndmål.waitFor();
  await expect(underNämndmål.getByRole('listitem').allInnerTexts()).resolves.toEqual([
    expect.stringContaining('Delta på rekryteringsmässor'),
    expect.stringContaining('Mentorskap för nya förskollärare'),
  ]);
  const underEnhetsmål = page.getByRole('list', { name: `Kompetensförsörjning: ${enhetsmål}`, exact: true });
  await expect(underEnhetsmål.getByRole('listitem').allInnerTexts()).resolves.toEqual([expect.stringContaining('Mentorskap för nya förskollärare')]);
  await expect(page.getByText('Utan koppling till målen').count()).resolves.toBe(0);
  // However many goals the plan has: one request.
  expect(competenceRequests).toEqual([`/api/units/${hag}/competence/2021`]);

  await page.locator(`[id="goal-hag-em-1"]`).getByRole('link', { name: 'Visa i kompetensförsörjningsplanen' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Kompetensförsörjningsplan 2021' }).waitFor();
  await page.getByRole('table', { name: 'Attrahera: Avdelning förskola' }).getByRole('cell', { name: 'Mentorskap för nya förskollärare', exact: true }).waitFor();
  expect(errors).toEqual([]);
});
