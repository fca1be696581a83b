// An APT on the stage in three browsers at once, as in a meeting room with a projector: the rektor
// presents and two of the unit's staff follow. The presenter's move reaches both within 2 s; a note
// from a participant reaches the presenter; two notes sent at the same moment are both kept; a
// decision carries who and by when; ending the meeting shows its record everywhere; afterwards the
// notes are the goal's (GET …/apt/notes, and Från APT beside it on the plan page) and the next
// proposal holds the open decision.
import type { AgendaProposal, AptMeetingView, Caller, GoalAptNotes, StoredAptMeeting } from '@vp/shared';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { horizontalOverflow, tableTextFaults } from './layoutChecks';
import { devIdentity } from '../../functions/src/identity/devIdentity';
import { devUsers as seededUsers } from '../../functions/src/identity/devUsers';
import { flowTimeoutMs, hag, rektor, startTab, year, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const staff = 'dev-personal-hag';
// The demo data has one staff identity per unit; a meeting needs two, so this test adds a second.
const staff2: Caller = { id: 'dev-personal2-hag', name: 'Personal Två, Hägerstensåsens förskolor', role: 'staff', forvaltningId: 'hagersten-alvsjo', unitIds: [hag] };
const identities = [...seededUsers, staff2];

/** The presenter's move must reach the followers within this (the stage polls about once a second). */
const followWithinMs = 2000;

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab(() => ({ identify: devIdentity(identities), devUsers: identities, anonymousReads: true }));
});
afterAll(() => tab?.stop());

const pointHeading = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title, exact: true });
const notesOf = (page: Page) => page.getByRole('complementary', { name: 'Anteckningar och beslut' });

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
}

async function writeNote(page: Page, text: string) {
  await notesOf(page).getByRole('textbox', { name: /^Text/ }).fill(text);
  await notesOf(page).getByRole('button', { name: 'Lägg till' }).click();
}

it('the rektor presents to two staff: moves followed within 2 s, notes from everyone kept, a decision, the record, and the next agenda', async () => {
  const created = await tab.api.call(`/units/${hag}/apt`, { method: 'POST', as: rektor, body: JSON.stringify({ year, date: '2021-03-09', title: 'APT mars' }) });
  expect(created.status).toBe(201);
  const meeting: StoredAptMeeting = await created.json();
  expect(meeting.agenda.length).toBeGreaterThanOrEqual(2);
  const [first, second] = meeting.agenda as [StoredAptMeeting['agenda'][number], StoredAptMeeting['agenda'][number]];
  // The notes below are written on a goal's point, so the plan's goal carries them afterwards.
  expect(second.goalId).not.toBeNull();

  const [presenter, one, two] = await Promise.all([
    // The presenter's screen is a projector's, or Teams' meeting stage: 1280×720.
    tab.open(`#/stage/${meeting.id}`, { identity: rektor, viewport: { width: 1280, height: 720 } }),
    tab.open(`#/stage/${meeting.id}`, { identity: staff }),
    tab.open(`#/stage/${meeting.id}`, { identity: staff2.id }),
  ]);
  const pages = [presenter.page, one.page, two.page];
  await Promise.all(pages.map((p) => pointHeading(p, first.title).waitFor()));
  await Promise.all(pages.map((p) => p.getByText(`Punkt 1 av ${meeting.agenda.length}`, { exact: true }).waitFor()));

  // Read across a room: the goal's point fits the width, its tables keep their text in their cells, and axe finds nothing serious.
  await presenter.page.getByText('Enhetens analys', { exact: true }).waitFor();
  const overflow = await horizontalOverflow(presenter.page);
  expect(overflow.pageWidth).toBeLessThanOrEqual(overflow.windowWidth);
  expect(overflow.unnamedScrollers).toEqual([]);
  await expect(tableTextFaults(presenter.page)).resolves.toEqual([]);
  await expectAccessible(presenter.page);
  const dir = join(__dirname, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await presenter.page.screenshot({ path: join(dir, 'stage-1280x720.png'), animations: 'disabled', caret: 'hide' });

  await presenter.page.getByRole('button', { name: 'Presentera' }).click();
  await presenter.page.getByText('Presenteras av Rektor, Hägerstensåsens förskolor').waitFor();
  await presenter.page.getByText('Du presenterar.').waitFor();
  await presenter.page.getByRole('button', { name: 'Nästa' }).click();
  await pointHeading(presenter.page, second.title).waitFor();
  await Promise.all([one.page, two.page].map((p) => pointHeading(p, second.title).waitFor({ timeout: followWithinMs })));
  await one.page.getByText('Presenteras av Rektor, Hägerstensåsens förskolor').waitFor();

  // A participant's note reaches the presenter.
  await writeNote(one.page, 'Vi behöver fler vikarier under våren.');
  await notesOf(presenter.page).getByText('Vi behöver fler vikarier under våren.').waitFor();

  // Two participants send at the same moment: both notes are kept, for everyone.
  await Promise.all([writeNote(one.page, 'Språkpromenaderna fungerar bra.'), writeNote(two.page, 'Föräldramötet flyttas till april.')]);
  for (const page of pages) {
    await notesOf(page).getByText('Språkpromenaderna fungerar bra.').waitFor();
    await notesOf(page).getByText('Föräldramötet flyttas till april.').waitFor();
  }

  // A decision, with who answers for it and by when.
  const form = notesOf(two.page);
  await form.getByRole('radio', { name: 'Beslut' }).check();
  await form.getByRole('textbox', { name: 'Ansvarig' }).fill('Rektor, Hägerstensåsens förskolor');
  await form.getByLabel('Klart senast').fill('2021-06-30');
  await writeNote(two.page, 'Rekrytera två förskollärare före sommaren.');
  await Promise.all(pages.map((p) => notesOf(p).getByText('Ansvarig: Rektor, Hägerstensåsens förskolor · Klart senast 30 juni 2021').waitFor()));

  const view: AptMeetingView = await (await tab.api.call(`/apt/${meeting.id}`, { as: rektor })).json();
  expect(view.notes.map((n) => [n.agendaItemId, n.type, n.text, n.createdBy.id])).toEqual(
    expect.arrayContaining([
      [second.id, 'note', 'Vi behöver fler vikarier under våren.', staff],
      [second.id, 'note', 'Språkpromenaderna fungerar bra.', staff],
      [second.id, 'note', 'Föräldramötet flyttas till april.', staff2.id],
      [second.id, 'decision', 'Rekrytera två förskollärare före sommaren.', staff2.id],
    ]),
  );
  expect(view.notes).toHaveLength(4);
  const decision = view.notes.find((n) => n.type === 'decision')!;
  expect([decision.responsible, decision.due]).toEqual(['Rektor, Hägerstensåsens förskolor', '2021-06-30']);

  // End the meeting: the record shows in all three, read-only.
  await presenter.page.getByRole('button', { name: 'Avsluta mötet' }).click();
  const dialog = presenter.page.getByRole('dialog', { name: 'Avsluta mötet?' });
  await dialog.getByRole('button', { name: 'Avsluta', exact: true }).click();
  for (const page of pages) {
    await page.getByRole('heading', { level: 1, name: 'Protokoll: APT mars' }).waitFor();
    const point = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: second.title, exact: true }) });
    await point.getByText('Föräldramötet flyttas till april.').waitFor();
    await point.getByText(/^Personal Två, Hägerstensåsens förskolor, /).first().waitFor();
    await expect(page.getByRole('button', { name: 'Nästa' }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox').count()).resolves.toBe(0);
  }
  await expectAccessible(presenter.page);

  // The plan's goal has the notes: over the API, and on the plan page beside the goal (Från APT).
  const written = ['Vi behöver fler vikarier under våren.', 'Språkpromenaderna fungerar bra.', 'Föräldramötet flyttas till april.', 'Rekrytera två förskollärare före sommaren.'];
  const goalNotes: GoalAptNotes = await (await tab.api.call(`/units/${hag}/apt/notes?year=${year}`, { as: staff })).json();
  expect(goalNotes.filter((n) => n.goalId === second.goalId).map((n) => n.text).sort()).toEqual([...written].sort());
  await one.page.goto(tab.url(`#/plan/${hag}/${year}/goal/${second.goalId}`));
  const goal = one.page.locator(`#goal-${second.goalId}`);
  await goal.getByRole('button', { name: 'Från APT (4)' }).click();
  const fromApt = goal.getByRole('list', { name: `Från APT (4): ${second.title}` });
  for (const text of written) await fromApt.getByText(text).waitFor();
  // The next APT's proposal follows up the open decision.
  const proposal: AgendaProposal = await (await tab.api.call(`/units/${hag}/apt/agenda?year=${year}`, { as: rektor })).json();
  expect(proposal.items.filter((i) => i.decisionId === decision.id).map((i) => i.source)).toEqual(['decision']);

  for (const { errors } of [presenter, one, two]) expect(errors).toEqual([]);
});
