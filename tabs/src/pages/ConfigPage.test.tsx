/** @jest-environment jsdom */
// The configuration page in a Team: what it says about the unit's link to the Team, and what saving does
// (link first, then Teams' setConfig), against the server's use cases over the demo data and a fake of
// Teams' pages.config.
import type { pages } from '@microsoft/teams-js';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Stored, Unit } from '@vp/shared';
import { demoGroupIds } from '../../../functions/src/seed/demo/groups';
import type { SaveEvent, TabConfig } from '../config/tabConfig';
import { openStoreBackedApi } from '../edit/storeBackedApi';
import type { Host } from '../host/host';
import { renderInFluent } from '../report/testing';
import { ConfigPage } from './ConfigPage';

const hag = 'hagerstensasens-forskolor';
const team = '7d1e5b0a-3c2f-4a6b-9e8d-1f2a3b4c5d6e';
const chef = 'dev-avdelningschef';
const channel = '19:general@thread.tacv2';

type Opened = Awaited<ReturnType<typeof openStoreBackedApi>>;
const opened: Opened[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

type Saved = { ok: true } | { ok: false; reason?: string };

/** Teams' side: the save handler the page registered, and the configs it set (failing when told). */
function fakeTeams() {
  let handler: ((saveEvent: SaveEvent) => void) | null = null;
  const configs: pages.InstanceConfig[] = [];
  const fake = {
    failSetConfig: false,
    configs,
    tabConfig: {
      setValidityState: () => undefined,
      registerOnSaveHandler: (h) => void (handler = h),
      setConfig: async (config) => {
        if (fake.failSetConfig) throw new Error('Teams is busy');
        configs.push(config);
      },
    } satisfies TabConfig,
    /** Teams' Save: resolves with how the page answered, once the page has rendered what followed. */
    async save(): Promise<Saved> {
      if (!handler) throw new Error('the page registered no save handler');
      const save = handler;
      return await act(() => new Promise<Saved>((resolve) => save({ notifySuccess: () => resolve({ ok: true }), notifyFailure: (reason) => resolve({ ok: false, reason }) })));
    },
  };
  return fake;
}

/** The page as `as` sees it in a Team whose group is groupId (null: a group chat), with the unit's link set first. */
async function setup({ as = 'dev-rektor-hag', groupId = team, unitGroupId }: { as?: string; groupId?: string | null; unitGroupId?: string | null } = {}) {
  const backed = await openStoreBackedApi(as);
  opened.push(backed);
  if (unitGroupId !== undefined) await backed.linkAs(chef, hag, unitGroupId);
  const link = jest.spyOn(backed.api, 'linkUnitToTeam');
  const teams = fakeTeams();
  const host: Host = { kind: 'teams', theme: 'light', language: 'sv', onThemeChange: () => undefined, groupId: groupId ?? undefined, channelId: groupId ? channel : undefined };
  renderInFluent(<ConfigPage api={backed.api} host={host} tabConfig={teams.tabConfig} />);
  const unit = await screen.findByRole('option', { name: 'Hägerstensåsens förskolor' });
  fireEvent.change(unit.closest('select')!, { target: { value: hag } });
  await screen.findByRole('option', { name: '2021' });
  const stored = async () => (await backed.store.get('unit', hag)) as Stored<Unit>;
  return { backed, teams, link, stored, before: await stored() };
}

const withoutETag = ({ eTag: _eTag, ...fields }: Stored<Unit>) => fields;
const checkbox = (name: string) => screen.queryByRole('checkbox', { name });

describe('in a Team', () => {
  it('a unit with no Team yet: saving links it here (checked by default) with the channel, then sets the config; the rest of the unit is kept', async () => {
    const { teams, link, stored, before } = await setup({ unitGroupId: null });
    expect(screen.getByText(/^Enheten är inte kopplad till något team än\. När du sparar kopplas den till det här teamet/)).toBeTruthy();
    expect(checkbox('Koppla enheten till det här teamet')).toBeChecked();

    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect(link).toHaveBeenCalledWith(hag, team, before.eTag, channel);
    const after = await stored();
    expect(withoutETag(after)).toEqual({ ...withoutETag(before), groupId: team });
    expect(teams.configs).toEqual([expect.objectContaining({ entityId: 'verksamhetsplan', suggestedDisplayName: 'Verksamhetsplan 2021 – Hägerstensåsens förskolor' })]);
    // The page now knows the unit is linked here.
    expect(await screen.findByText(/^Enheten är kopplad till det här teamet/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('a unit linked to another Team: says so and offers to link it here instead, unchecked; saving as it is keeps the link', async () => {
    const { teams, link, stored, before } = await setup();
    expect(before.groupId).toBe(demoGroupIds.hagerstensasen);
    expect(screen.getByText(/^Enheten är kopplad till ett annat team\./)).toBeTruthy();
    const instead = checkbox('Koppla enheten till det här teamet i stället')!;
    expect(instead).not.toBeChecked();

    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect(link).not.toHaveBeenCalled();
    expect(await stored()).toEqual(before);

    fireEvent.click(instead);
    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect((await stored()).groupId).toBe(team);
    expect(teams.configs).toHaveLength(2);
  });

  it('a unit linked to this Team (the id in another case): says so, offers nothing, and saves without linking', async () => {
    const { teams, link, stored, before } = await setup({ groupId: demoGroupIds.hagerstensasen.toUpperCase() });
    expect(screen.getByText('Enheten är kopplad till det här teamet: teamets medlemmar arbetar i enhetens plan efter sin roll.')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect(link).not.toHaveBeenCalled();
    expect(teams.configs).toHaveLength(1);
    expect(await stored()).toEqual(before);
  });

  it('the unit linked to this Team is chosen to begin with, with its newest year: Save is all that is left', async () => {
    const backed = await openStoreBackedApi('dev-rektor-hag');
    opened.push(backed);
    const teams = fakeTeams();
    const host: Host = { kind: 'teams', theme: 'light', language: 'sv', onThemeChange: () => undefined, groupId: demoGroupIds.hagerstensasen };
    renderInFluent(<ConfigPage api={backed.api} host={host} tabConfig={teams.tabConfig} />);
    await screen.findByText(/^Enheten är kopplad till det här teamet/);
    expect(screen.getByRole('combobox', { name: 'Enhet' })).toHaveValue(hag);
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'År' })).toHaveValue('2021'));
    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect(teams.configs).toEqual([expect.objectContaining({ entityId: 'verksamhetsplan' })]);
  });

  it('personal is refused: the API’s Swedish message on the page, Teams told, no tab; unchecked, the tab saves', async () => {
    const { teams, stored, before } = await setup({ as: 'dev-personal-hag', unitGroupId: null });
    const refused = await teams.save();
    expect(refused).toEqual({ ok: false, reason: expect.stringMatching(/^Du kan inte koppla Hägerstensåsens förskolor till det här teamet/) });
    const message = await screen.findByText(/^Du kan inte koppla Hägerstensåsens förskolor till det här teamet/);
    expect(message.closest('.fui-MessageBar')).toHaveTextContent(/^Enheten kopplades inte till teamet.*Ta bort bocken och spara igen/);
    expect(teams.configs).toEqual([]);
    expect(await stored()).toEqual(before);

    fireEvent.click(checkbox('Koppla enheten till det här teamet')!);
    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect(teams.configs).toHaveLength(1);
    expect(screen.queryByText(/^Du kan inte koppla/)).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('someone changed the unit since the page read it: says so, and saving again links with the newer version', async () => {
    const { backed, teams, stored } = await setup({ unitGroupId: null });
    // The avdelningschef links the unit to another Team meanwhile.
    const other = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';
    await backed.linkAs(chef, hag, other);

    const stale = await teams.save();
    expect(stale.ok).toBe(false);
    expect(await screen.findByText(/Enheten kopplades inte till teamet/)).toBeTruthy();
    expect((await stored()).groupId).toBe(other);
    // The page shows where the unit stands now; the person ticks again and saves.
    expect(screen.getByText(/^Enheten är kopplad till ett annat team\./)).toBeTruthy();
    fireEvent.click(checkbox('Koppla enheten till det här teamet i stället')!);
    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect((await stored()).groupId).toBe(team);
  });

  it('Teams fails to save the tab after the link: says so, and saving again does not link twice', async () => {
    const { teams, link, stored } = await setup({ unitGroupId: null });
    teams.failSetConfig = true;
    await expect(teams.save()).resolves.toEqual({ ok: false, reason: 'Teams is busy' });
    expect(await screen.findByText('Teams kunde inte spara fliken')).toBeTruthy();
    expect(screen.queryByText(/Teams is busy/)).toBeNull();
    expect((await stored()).groupId).toBe(team);

    teams.failSetConfig = false;
    await expect(teams.save()).resolves.toEqual({ ok: true });
    expect(link).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText('Teams kunde inte spara fliken')).toBeNull());
  });
});

it('in a group chat (no Team) the page says nothing about links and never links', async () => {
  const { teams, link, stored, before } = await setup({ groupId: null, unitGroupId: null });
  expect(screen.queryByText(/team/i)).toBeNull();
  expect(screen.queryByRole('checkbox')).toBeNull();
  await expect(teams.save()).resolves.toEqual({ ok: true });
  expect(link).not.toHaveBeenCalled();
  expect(await stored()).toEqual(before);
});
