/** @jest-environment jsdom */
// The approval panel beside a report: the state and only the caller's allowed steps, the dialogs
// (return needs a comment, approve shows what is approved, reopen says a new version starts), a lost
// answer retried with the same Idempotency-Key, someone else's step meanwhile, the history and the
// channel posts with their cards, against an in-memory approval stepping by the shared rules.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApprovalAction } from '@vp/shared';
import { ApiError } from '../api/client';
import { renderInFluent } from '../report/testing';
import { ApprovalPanel } from './ApprovalPanel';
import { chef, createFakeApprovals, rektor, reportTarget, staff, tabUrl } from './testing';
import { useApproval } from './useApproval';

type Fake = ReturnType<typeof createFakeApprovals>;

// Role queries include what is aria-hidden: in jsdom Fluent's modalizer (Tabster) may mark a dialog, and
// the page behind a closing one, aria-hidden until its timers have run; the e2e tests see it as a browser does.

/** The panel as a page has it: the page holds the approval (useApproval) and gives it to the panel. */
function PanelOnPage({ fake, ...props }: { fake: Fake; offered?: ApprovalAction[]; onChanged?: jest.Mock }) {
  const approval = useApproval(fake.api, reportTarget)!;
  return <ApprovalPanel api={fake.api} approval={approval} {...props} />;
}

function renderPanel(fake: Fake, props: { offered?: ApprovalAction[]; onChanged?: jest.Mock } = {}) {
  return renderInFluent(<PanelOnPage fake={fake} {...props} />);
}

const panel = () => screen.getByRole('region', { name: 'Godkännande', hidden: true });
const buttonsOf = () =>
  within(panel())
    .queryAllByRole('button', { hidden: true })
    .filter((b) => !b.closest('.fui-AccordionHeader'))
    .map((b) => b.textContent);
const dialog = (name: string) => screen.findByRole('dialog', { name, hidden: true });
const history = () => within(screen.getByRole('list', { name: /^Historik/, hidden: true })).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent);

it('staff see the draft and only Skicka in; submitting takes one step and shows Inskickad with who did it', async () => {
  const fake = createFakeApprovals({ as: staff });
  const onChanged = jest.fn();
  renderPanel(fake, { onChanged });
  expect(await within(panel()).findByText('Utkast')).toBeTruthy();
  expect(within(panel()).getByText('Version 1')).toBeTruthy();
  expect(buttonsOf()).toEqual(['Skicka in']);
  expect(screen.getByText('Inget är inskickat än.')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Skicka in', hidden: true }));
  const submit = await dialog('Skicka in rapporten?');
  fireEvent.click(within(submit).getByRole('button', { name: 'Skicka in', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());

  expect(within(panel()).getByText('Inskickad')).toBeTruthy();
  expect(buttonsOf()).toEqual([]);
  expect(history()).toEqual([expect.stringMatching(/^Inskickad av Personal, Enhet Ett.*version 1$/)]);
  expect(fake.steps()).toEqual([expect.objectContaining({ action: 'submit', comment: '', eTag: null })]);
  expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ state: 'submitted' }));
  // Focus does not fall to the page: the panel's heading has it.
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Godkännande', hidden: true }));
});

it('a page that offers a step itself leaves it out of the panel (the report’s form has Skicka in)', async () => {
  renderPanel(createFakeApprovals({ as: rektor }), { offered: ['approve', 'return', 'reopen'] });
  await within(panel()).findByText('Utkast');
  expect(buttonsOf()).toEqual([]);
});

it('the rektor approves: the confirmation shows progress, goals helt/delvis/inte and the indicators below target', async () => {
  const fake = createFakeApprovals({ as: rektor });
  fake.stepAs(staff, 'submit');
  renderPanel(fake);
  await within(panel()).findByText('Inskickad');
  expect(buttonsOf()).toEqual(['Godkänn', 'Återremittera']);

  fireEvent.click(screen.getByRole('button', { name: 'Godkänn', hidden: true }));
  const approve = await dialog('Godkänna rapporten?');
  expect(within(approve).getByText('Enhet Ett – Tertialrapport 1 2026')).toBeTruthy();
  expect(within(approve).getByText('7 mål, 4 indikatorer, 9 aktiviteter')).toBeTruthy();
  const facts = within(approve).getAllByRole('definition', { hidden: true }).map((d) => d.textContent);
  expect(within(approve).getAllByRole('term', { hidden: true }).map((d) => d.textContent)).toEqual(['Ifyllt', 'Målet bedöms uppfyllas', 'Indikatorer som inte når målet']);
  expect(facts).toEqual(['12 av 20', 'Helt: 3 · Delvis: 2 · Inte: 1 · Ej bedömda: 1', 'Andel legitimerade förskollärare: 41,2 % (mål ≥ 50 %)']);

  fireEvent.click(within(approve).getByRole('button', { name: 'Godkänn', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(within(panel()).getByText('Godkänd')).toBeTruthy();
  expect(buttonsOf()).toEqual(['Öppna igen']);
  expect(history()).toEqual([expect.stringMatching(/^Godkänd av Rektor, Enhet Ett/), expect.stringMatching(/^Inskickad av Personal, Enhet Ett/)]);
});

it('return without a comment is refused in Swedish and sends nothing; with one, the unit sees the comment', async () => {
  const fake = createFakeApprovals({ as: chef });
  fake.stepAs(staff, 'submit');
  fake.stepAs(rektor, 'approve');
  renderPanel(fake);
  await within(panel()).findByText('Godkänd');
  // The avdelningschef receives the approved report and may only send it back.
  expect(buttonsOf()).toEqual(['Återremittera']);

  fireEvent.click(screen.getByRole('button', { name: 'Återremittera', hidden: true }));
  const returning = await dialog('Återremittera rapporten');
  const comment = within(returning).getByRole('textbox', { name: /Kommentar/, hidden: true });
  fireEvent.change(comment, { target: { value: '   ' } });
  fireEvent.click(within(returning).getByRole('button', { name: 'Återremittera', hidden: true }));
  expect(await within(returning).findByText('Skriv vad som behöver ändras innan du återremitterar.')).toBeTruthy();
  expect(comment).toHaveAttribute('aria-invalid', 'true');
  expect(fake.steps()).toEqual([]);

  fireEvent.change(comment, { target: { value: 'Analysen av mål 2 saknas.' } });
  fireEvent.click(within(returning).getByRole('button', { name: 'Återremittera', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(fake.steps()).toEqual([expect.objectContaining({ action: 'return', comment: 'Analysen av mål 2 saknas.' })]);
  expect(within(panel()).getByText('Återremitterad')).toBeTruthy();
});

it('the unit sees a returned report with who returned it and the comment, and may submit it again', async () => {
  const fake = createFakeApprovals({ as: staff });
  fake.stepAs(staff, 'submit');
  fake.stepAs(chef, 'return', 'Analysen av mål 2 saknas.');
  renderPanel(fake);
  await within(panel()).findByText('Återremitterad');
  const notice = screen.getByText(/^Återremitterad av Avdelningschef \d/).closest('.fui-MessageBar')!;
  expect(notice).toHaveTextContent('Analysen av mål 2 saknas.');
  expect(buttonsOf()).toEqual(['Skicka in']);
});

it('a lost answer: Försök igen sends the same Idempotency-Key and one step is taken; the next action has a new key', async () => {
  const fake = createFakeApprovals({ as: rektor });
  fake.stepAs(staff, 'submit');
  fake.loseNextAnswer();
  renderPanel(fake);
  fireEvent.click(await screen.findByRole('button', { name: 'Godkänn', hidden: true }));
  const approve = await dialog('Godkänna rapporten?');
  fireEvent.click(within(approve).getByRole('button', { name: 'Godkänn', hidden: true }));
  const failure = (await within(approve).findByText('Det gick inte att slutföra.')).closest('.fui-MessageBar')!;
  expect(failure).toHaveTextContent('Kunde inte nå servern.');

  fireEvent.click(within(failure as HTMLElement).getByRole('button', { name: 'Försök igen', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  const [first, second] = fake.steps();
  expect(second!.key).toBe(first!.key);
  expect(fake.history().filter((s) => s.action === 'approve')).toHaveLength(1);
  expect(within(panel()).getByText('Godkänd')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Öppna igen', hidden: true }));
  fireEvent.click(within(await dialog('Öppna rapporten igen?')).getByRole('button', { name: 'Öppna igen', hidden: true }));
  await waitFor(() => expect(fake.steps()).toHaveLength(3));
  expect(fake.steps()[2]!.key).not.toBe(first!.key);
});

it('a refusal (403) is said in the server’s words and a new confirmation is a new action', async () => {
  const fake = createFakeApprovals({ as: rektor });
  fake.stepAs(staff, 'submit');
  renderPanel(fake);
  fireEvent.click(await screen.findByRole('button', { name: 'Godkänn', hidden: true }));
  const approve = await dialog('Godkänna rapporten?');
  fake.actAs(staff);
  fireEvent.click(within(approve).getByRole('button', { name: 'Godkänn', hidden: true }));
  expect(await within(approve).findByText('Bara enhetens rektor kan godkänna enhetens rapport.')).toBeTruthy();
  fake.actAs(rektor);
  fireEvent.click(within(approve).getByRole('button', { name: 'Försök igen', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  const [first, second] = fake.steps();
  expect(second!.key).not.toBe(first!.key);
});

it('someone else approved meanwhile (412): the dialog says so with the new state, offers no second approval, and the panel shows it', async () => {
  const fake = createFakeApprovals({ as: rektor });
  fake.stepAs(staff, 'submit');
  const onChanged = jest.fn();
  renderPanel(fake, { onChanged });
  fireEvent.click(await screen.findByRole('button', { name: 'Godkänn', hidden: true }));
  const approve = await dialog('Godkänna rapporten?');
  fake.stepAs(rektor, 'approve');
  fireEvent.click(within(approve).getByRole('button', { name: 'Godkänn', hidden: true }));

  const conflict = (await within(approve).findByText('Någon annan hann före')).closest('.fui-MessageBar')!;
  expect(conflict).toHaveTextContent('Rapporten är nu godkänd (version 1).');
  expect(within(approve).queryByRole('button', { name: 'Godkänn', hidden: true })).toBeNull();
  expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ state: 'approved' }));
  fireEvent.click(within(approve).getByRole('button', { name: 'Stäng', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(within(panel()).getByText('Godkänd')).toBeTruthy();
  expect(fake.history().filter((s) => s.action === 'approve')).toHaveLength(1);
  expect(fake.posts()).toHaveLength(1);
});

it('reopening says a new version starts and the approved one stays readable; the panel then shows version 2', async () => {
  const fake = createFakeApprovals({ as: rektor });
  fake.stepAs(staff, 'submit');
  fake.stepAs(rektor, 'approve');
  renderPanel(fake);
  fireEvent.click(await screen.findByRole('button', { name: 'Öppna igen', hidden: true }));
  const reopen = await dialog('Öppna rapporten igen?');
  expect(reopen).toHaveTextContent('Rapporten kan ändras igen som version 2. Den godkända versionen 1 finns kvar att läsa i historiken.');
  fireEvent.click(within(reopen).getByRole('button', { name: 'Öppna igen', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(within(panel()).getByText('Version 2')).toBeTruthy();
  expect(within(panel()).getByText('Utkast')).toBeTruthy();
});

it('the history is newest first, with who, when, which version and the comment', async () => {
  const fake = createFakeApprovals({ as: staff });
  fake.stepAs(staff, 'submit');
  fake.stepAs(rektor, 'return', 'Komplettera analysen.');
  fake.stepAs(staff, 'submit', 'Nu kompletterad.');
  renderPanel(fake);
  await within(panel()).findByText('Inskickad');
  expect(history()).toEqual([
    // (the hour is the machine's time zone's)
    expect.stringMatching(/^Inskickad av Personal, Enhet Ett4 maj 2026 \d\d:02, version 1Nu kompletterad\.$/),
    expect.stringMatching(/^Återremitterad av Rektor, Enhet Ett4 maj 2026 \d\d:01, version 1Komplettera analysen\.$/),
    expect.stringMatching(/^Inskickad av Personal, Enhet Ett4 maj 2026 \d\d:00, version 1$/),
  ]);
});

describe('channel posts', () => {
  it('each post’s state in Swedish; a failed one offers Försök igen, which sends it again and reads the posts anew', async () => {
    const fake = createFakeApprovals({ as: rektor });
    for (const state of ['sent', 'pending', 'sending', 'failed', 'noTeams'] as const) fake.addPost(state);
    renderPanel(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Meddelanden till kanalen (5)', hidden: true }));
    const posts = within(screen.getByRole('list', { name: 'Meddelanden till kanalen (5)', hidden: true })).getAllByRole('listitem', { hidden: true });
    expect(posts.map((p) => p.querySelector('.fui-Badge')!.textContent)).toEqual([
      'Inte skickat – ingen Teams-koppling',
      'Misslyckades – försök igen',
      'Skickas',
      'Väntar',
      'Skickat',
    ]);
    expect(screen.getAllByRole('button', { name: 'Försök igen', hidden: true })).toHaveLength(1);
    const reads = fake.calls.filter((c) => c.method === 'getApproval').length;
    fireEvent.click(within(posts[1]!).getByRole('button', { name: 'Försök igen', hidden: true }));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'getApproval')).toHaveLength(reads + 1));
    expect(fake.calls).toContainEqual({ method: 'retryPost', postId: 'post-4' });
    await waitFor(() => expect(within(posts[1]!).queryByText('Väntar')).toBeTruthy());
  });

  it('a return’s post holds the card exactly as stored, rendered by adaptivecards: what, by whom, the comment and its link', async () => {
    const fake = createFakeApprovals({ as: rektor });
    fake.stepAs(staff, 'submit');
    fake.stepAs(rektor, 'return', 'Komplettera analysen.');
    renderPanel(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Meddelanden till kanalen (1)', hidden: true }));
    const card = screen.getByRole('figure', { name: 'Kortet så som det postas', hidden: true });
    await waitFor(() => expect(card.querySelector('.ac-adaptiveCard')).not.toBeNull());
    expect(within(card).getByText('Enhet Ett – Tertialrapport 1 2026')).toBeTruthy();
    expect(within(card).getByText(/^Återremitterad av Rektor, Enhet Ett, /)).toBeTruthy();
    expect(within(card).getByText('Det här behöver ändras')).toBeTruthy();
    expect(within(card).getByText('Komplettera analysen.')).toBeTruthy();
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    act(() => within(card).getByRole('link', { name: 'Öppna rapporten', hidden: true }).click());
    expect(open).toHaveBeenCalledWith(`${tabUrl}#/report/u1/2026/T1`, '_blank', 'noopener');
    open.mockRestore();
  });
});

it('a panel that cannot load says why and tries again', async () => {
  const fake = createFakeApprovals({ as: staff });
  const getApproval = fake.api.getApproval;
  let fail = true;
  fake.api.getApproval = (target) => (fail ? Promise.reject(new ApiError(503, 'HTTP', 'Servern svarade 503')) : getApproval(target));
  renderPanel(fake);
  const failure = (await screen.findByText('Servern svarade 503')).closest('.fui-MessageBar')!;
  fail = false;
  fireEvent.click(within(failure as HTMLElement).getByRole('button', { name: 'Försök igen', hidden: true }));
  expect(await within(panel()).findByText('Utkast')).toBeTruthy();
});
