// Approvals in the tab, as the unit's people and their leaders take them in local mode: staff submit
// a report and the rektor approves it (one card in the outbox, kept without a Teams connection, and
// shown in the tab as posted); the avdelningschef returns an approved report with a comment and the
// unit sees it and edits again; the rektor approving in two tabs at once takes one step and posts once.
import type { ApprovalView, ChannelPost, Period } from '@vp/shared';
import type { Locator, Page } from 'playwright-core';
import { flowTimeoutMs, hag, rektor, startTab, year, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const staff = 'dev-personal-hag';
const chef = 'dev-avdelningschef';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const approvalPath = (period: Period) => `/units/${hag}/plans/${year}/reports/${period}/approval`;

async function readApproval(period: Period): Promise<ApprovalView> {
  return (await tab.api.call(approvalPath(period), { as: rektor })).json();
}

/** A step taken over the API by someone, as the tab would send it. */
async function step(period: Period, as: string, action: 'submit' | 'approve', comment = '') {
  const { eTag } = await readApproval(period);
  const response = await tab.api.call(approvalPath(period), {
    method: 'POST',
    as,
    headers: { 'idempotency-key': `e2e-${period}-${action}`, 'if-match': eTag ?? '*' },
    body: JSON.stringify({ action, comment }),
  });
  expect(response.status).toBe(200);
}

/** The outbox's messages of the period's report approval, as stored. */
async function outboxOf(period: Period): Promise<ChannelPost[]> {
  const { approvalId } = await readApproval(period);
  return (await tab.api.store.list('channelPost')).filter((p) => p.approvalId === approvalId);
}

const panelOf = (page: Page) => page.getByRole('region', { name: 'Godkännande' });
const stateShown = (page: Page, state: string) => panelOf(page).locator('.fui-Badge', { hasText: new RegExp(`^${state}$`) }).waitFor();

async function chooseIdentity(page: Page, id: string) {
  await page.getByLabel('Utvecklingsidentitet').selectOption(id);
}

it('staff submit the report, the rektor approves it: one card in the outbox, kept without Teams, and the tab shows it as posted', async () => {
  const { page, errors } = await tab.open(`#/report/${hag}/${year}/T1`, { identity: staff });
  await stateShown(page, 'Utkast');
  await expect(panelOf(page).getByRole('button', { name: 'Godkänn' }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
  const submit = page.getByRole('dialog', { name: 'Skicka in rapporten?' });
  await submit.getByRole('button', { name: 'Skicka in', exact: true }).click();
  await stateShown(page, 'Inskickad');
  await panelOf(page).getByText(/^Inskickad av Personal, Hägerstensåsens förskolor/).waitFor();

  await chooseIdentity(page, rektor);
  await panelOf(page).getByRole('button', { name: 'Godkänn' }).click();
  const approve = page.getByRole('dialog', { name: 'Godkänna rapporten?' });
  // The confirmation shows what is approved, as the API counted it.
  const { digest } = await readApproval('T1');
  await approve.getByText(digest.title).waitFor();
  await approve.getByText(`${digest.progress!.filled} av ${digest.progress!.total}`, { exact: true }).waitFor();
  await approve.getByRole('button', { name: 'Godkänn' }).click();
  await approve.waitFor({ state: 'detached' });
  await stateShown(page, 'Godkänd');

  const posts = await outboxOf('T1');
  expect(posts.map((p) => p.state)).toEqual(['noTeams']);
  await panelOf(page).getByRole('button', { name: 'Meddelanden till kanalen (1)' }).click();
  const post = panelOf(page).getByRole('list', { name: 'Meddelanden till kanalen (1)' }).getByRole('listitem');
  await post.getByText('Inte skickat – ingen Teams-koppling', { exact: true }).waitFor();
  const card = post.getByRole('figure', { name: 'Kortet så som det postas' });
  await card.locator('.ac-adaptiveCard').waitFor();
  await card.getByText(digest.title, { exact: true }).waitFor();
  await card.getByText(/^Godkänd av Rektor, Hägerstensåsens förskolor, /).waitFor();
  // The card's button opens the report (where the host's TAB_ENDPOINT serves the tab), as stored.
  const stored = (posts[0]!.card.actions as { url: string }[])[0]!.url;
  expect(new URL(stored).hash).toBe(`#/report/${hag}/${year}/T1`);
  await page.evaluate(() => {
    window.open = (url) => {
      (window as unknown as { opened: unknown }).opened = String(url);
      return null;
    };
  });
  await card.getByRole('link', { name: 'Öppna rapporten' }).click();
  await expect(page.evaluate(() => (window as unknown as { opened: unknown }).opened)).resolves.toBe(stored);
  expect(errors).toEqual([]);
});

it('the avdelningschef returns an approved report with a comment: the unit sees the comment and can edit and submit again', async () => {
  await step('T2', staff, 'submit');
  await step('T2', rektor, 'approve');
  const { page, errors } = await tab.open(`#/report/${hag}/${year}/T2`, { identity: chef });
  await stateShown(page, 'Godkänd');

  await panelOf(page).getByRole('button', { name: 'Återremittera' }).click();
  const returning = page.getByRole('dialog', { name: 'Återremittera rapporten' });
  await returning.getByRole('button', { name: 'Återremittera' }).click();
  await returning.getByText('Skriv vad som behöver ändras innan du återremitterar.').waitFor();
  const comment = 'Analysen av läsmålet saknar resultat från T2.';
  await returning.getByRole('textbox', { name: /Kommentar/ }).fill(comment);
  await returning.getByRole('button', { name: 'Återremittera' }).click();
  await returning.waitFor({ state: 'detached' });
  await stateShown(page, 'Återremitterad');
  expect((await outboxOf('T2')).map((p) => p.state)).toEqual(['noTeams', 'noTeams']);

  await chooseIdentity(page, staff);
  const notice = panelOf(page).locator('.fui-MessageBar', { hasText: /^Återremitterad av Avdelningschef, avdelningen för förskola/ });
  await notice.getByText(comment).waitFor();
  // Back in the unit's hands: the form takes text again and can be saved and submitted.
  const analysis = page.getByLabel('Analys').first();
  await expect(analysis.isEditable()).resolves.toBe(true);
  await analysis.fill('Läsmålet: resultaten från T2 är nu med.');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText('Rapporten är sparad.').waitFor();
  await expect(page.getByRole('button', { name: 'Skicka in', exact: true }).isEnabled()).resolves.toBe(true);
  expect(errors).toEqual([]);
});

it('the rektor approves in two tabs at once: one approval step, one post, and the other tab says someone got there first', async () => {
  await step('VB', staff, 'submit');
  const tabs = await Promise.all([tab.open(`#/report/${hag}/${year}/VB`, { identity: rektor }), tab.open(`#/report/${hag}/${year}/VB`, { identity: rektor })]);
  const dialogs: Locator[] = [];
  for (const { page } of tabs) {
    await panelOf(page).getByRole('button', { name: 'Godkänn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkänna rapporten?' });
    await dialog.getByRole('button', { name: 'Godkänn' }).waitFor();
    dialogs.push(dialog);
  }
  await Promise.all(dialogs.map((dialog) => dialog.getByRole('button', { name: 'Godkänn' }).click()));

  // One tab's step is taken and its dialog closes; the other's is refused, and its dialog says so with
  // the state it found, until closed. Then both panels show the approval.
  const outcomes = await Promise.all(
    tabs.map(async ({ page }, i) => {
      const dialog = dialogs[i]!;
      await page.waitForFunction(() => {
        const open = document.querySelector('[role="dialog"]');
        return !open || open.textContent?.includes('Någon annan hann före');
      });
      const told = (await dialog.count()) > 0;
      if (told) {
        await dialog.getByText('Rapporten är nu godkänd (version 1).', { exact: false }).waitFor();
        await expect(dialog.getByRole('button', { name: 'Godkänn' }).count()).resolves.toBe(0);
        await dialog.getByRole('button', { name: 'Stäng' }).click();
        await dialog.waitFor({ state: 'detached' });
      }
      await stateShown(page, 'Godkänd');
      return told ? 'told' : 'approved';
    }),
  );
  expect(outcomes.sort()).toEqual(['approved', 'told']);
  const { history } = await readApproval('VB');
  expect(history.filter((s) => s.action === 'approve')).toHaveLength(1);
  expect(await outboxOf('VB')).toHaveLength(1);
  expect(tabs.flatMap(({ errors }) => errors)).toEqual([]);
});
