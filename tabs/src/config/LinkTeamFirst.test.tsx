/** @jest-environment jsdom */
// The first link, made from a Team by a rektor whom no unit is linked to yet (entra mode, GET /me without
// a caller): what the page offers (the server's linkableUnits over the demo data), what linking stores,
// and what it says when the API refuses or cannot be reached.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Me, Stored, Unit } from '@vp/shared';
import { demoGroupIds } from '../../../functions/src/seed/demo/groups';
import { ApiError } from '../api/client';
import { openStoreBackedApi } from '../edit/storeBackedApi';
import type { Host } from '../host/host';
import { renderInFluent } from '../report/testing';
import { LinkTeamFirst } from './LinkTeamFirst';
import type { TabConfig } from './tabConfig';

const mv = 'malarhojden-vastertorps-forskolor';
const hag = 'hagerstensasens-forskolor';
const team = '7d1e5b0a-3c2f-4a6b-9e8d-1f2a3b4c5d6e';
const channel = '19:general@thread.tacv2';
const chef = 'dev-avdelningschef';
const mvName = 'Mälarhöjden/Västertorps förskolor';

type Opened = Awaited<ReturnType<typeof openStoreBackedApi>>;
const opened: Opened[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

/** Signed in with the role Rektor and, of all groups, the Team's only: no unit is theirs. */
const anna: Me = { id: 'anna', name: 'Anna Rektor', roles: ['Rektor'], caller: null, reason: 'Du har rollen Rektor men är inte medlem i teamet för någon enhet.' };

/** The page in the Team as Anna, after the chef has unlinked the units named (nobody leads them then). */
async function setup({ unlinked = [mv], membership = 'known', listFailsOnce = false }: { unlinked?: string[]; membership?: 'known' | 'unknown'; listFailsOnce?: boolean } = {}) {
  const memberOf = async (ids: readonly string[]) => (membership === 'unknown' ? null : new Set(ids.map((id) => id.toLowerCase()).filter((id) => id === team)));
  const backed = await openStoreBackedApi(chef, { signedIn: { me: anna, memberOf } });
  opened.push(backed);
  for (const unitId of unlinked) await backed.linkAs(chef, unitId, null);
  const validity: boolean[] = [];
  const tabConfig: TabConfig = { setValidityState: (valid) => void validity.push(valid), registerOnSaveHandler: () => undefined, setConfig: async () => undefined };
  const host: Host = { kind: 'teams', theme: 'light', language: 'sv', onThemeChange: () => undefined, groupId: team, channelId: channel };
  const onLinked = jest.fn();
  const link = jest.spyOn(backed.api, 'linkUnitToTeam');
  if (listFailsOnce) jest.spyOn(backed.api, 'listUnits').mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'Kunde inte nå servern.'));
  const page = (me: Me) => <LinkTeamFirst api={backed.api} host={host} tabConfig={tabConfig} me={me} groupId={team} onLinked={onLinked} />;
  const stored = async (unitId = mv) => (await backed.store.get('unit', unitId)) as Stored<Unit>;
  const before = await stored();
  // A load that fails at once does so within act, as the page's first render.
  const view = await act(async () => renderInFluent(page(anna)));
  return { backed, validity, onLinked, link, stored, before, rerender: (me: Me) => view.rerender(<FluentProvider theme={webLightTheme}>{page(me)}</FluentProvider>) };
}

const withoutETag = ({ eTag: _eTag, ...fields }: Stored<Unit>) => fields;
const linkButton = () => screen.getByRole('button', { name: 'Koppla enheten till teamet' });

async function chooseAndLink() {
  const option = await screen.findByRole('option', { name: mvName });
  fireEvent.change(option.closest('select')!, { target: { value: mv } });
  await act(async () => fireEvent.click(linkButton()));
}

it('offers the units nobody leads; linking the chosen one makes it the Team’s (the rest kept) and asks who is signed in again; Save stays off', async () => {
  const { onLinked, stored, before, validity } = await setup();
  expect(screen.getByRole('heading', { name: 'Vilken enhet hör teamet till?' })).toBeTruthy();
  expect(screen.getByText(/^Ingen enhet är kopplad till dig i Verksamhetsplan än\. Välj den enhet som det här teamet hör till/)).toBeTruthy();
  await screen.findByRole('option', { name: mvName });
  // Hägerstensåsen is led from its own Team, which Anna is not in.
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Välj enhet', mvName]);
  expect(linkButton()).toHaveAttribute('aria-disabled', 'true');

  await chooseAndLink();
  expect(onLinked).toHaveBeenCalledTimes(1);
  expect(withoutETag(await stored())).toEqual({ ...withoutETag(before), groupId: team });
  expect(screen.getByText('Enheten är kopplad till teamet. Inställningarna öppnas…')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Koppla enheten till teamet' })).toBeNull();
  expect(validity).toEqual([false]);
});

it('when the session still has no caller after the link, the page is there again rather than waiting forever', async () => {
  const { onLinked, rerender } = await setup();
  await chooseAndLink();
  expect(onLinked).toHaveBeenCalledTimes(1);
  // The same page (not a new one): the unit is still chosen.
  rerender({ ...anna });
  expect(screen.queryByText(/Inställningarna öppnas/)).toBeNull();
  expect(screen.getByRole('combobox', { name: 'Enhet' })).toHaveValue(mv);
  expect(linkButton()).not.toHaveAttribute('aria-disabled');
});

it('no unit to link: says so, who can, and who is signed in; no button', async () => {
  const { link } = await setup({ unlinked: [] });
  await screen.findByText(/^Det finns ingen enhet som du kan koppla till det här teamet\..*Be avdelningschefen att koppla din enhet/);
  expect(screen.getByText('Du är inloggad som Anna Rektor.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Koppla enheten till teamet' })).toBeNull();
  expect(screen.queryByRole('combobox')).toBeNull();
  expect(link).not.toHaveBeenCalled();
});

it('the Team was linked to another unit meanwhile (409): the API’s words, and trying again once that is undone links', async () => {
  const { backed, onLinked, stored } = await setup();
  await screen.findByRole('option', { name: mvName });
  await backed.linkAs(chef, hag, team);

  await chooseAndLink();
  const message = await screen.findByText(/Teamet är redan kopplat till enheten Hägerstensåsens förskolor/);
  expect(message.closest('.fui-MessageBar')).toHaveTextContent(/^Enheten kopplades inte till teamet.*Försök igen, eller välj en annan enhet\./);
  expect(onLinked).not.toHaveBeenCalled();
  expect((await stored()).groupId).toBeNull();

  await backed.linkAs(chef, hag, demoGroupIds.hagerstensasen);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Försök igen' })));
  expect(onLinked).toHaveBeenCalledTimes(1);
  expect((await stored()).groupId).toBe(team);
});

it('the unit changed since the list was read (412): says so, and trying again links with the newer version', async () => {
  const { backed, onLinked, link, stored } = await setup();
  await screen.findByRole('option', { name: mvName });
  // The chef links it elsewhere and back: still nobody's, with a newer eTag.
  await backed.linkAs(chef, mv, demoGroupIds.malarhojdenVastertorp);
  await backed.linkAs(chef, mv, null);

  await chooseAndLink();
  expect(await screen.findByText('Enheten kopplades inte till teamet')).toBeTruthy();
  expect(onLinked).not.toHaveBeenCalled();
  const newer = await stored();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Försök igen' })));
  // The channel the tab is configured in goes with the link (approvals are posted there).
  expect(link).toHaveBeenLastCalledWith(mv, team, newer.eTag, channel);
  expect(onLinked).toHaveBeenCalledTimes(1);
  expect((await stored()).groupId).toBe(team);
});

it('the server cannot be reached: the message on the page, and trying again links', async () => {
  const { onLinked, link, stored } = await setup();
  const unreachable = 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.';
  link.mockRejectedValueOnce(new ApiError(0, 'NETWORK', unreachable));
  await chooseAndLink();
  expect(await screen.findByText(new RegExp(`^${unreachable}`))).toBeTruthy();
  expect((await stored()).groupId).toBeNull();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Försök igen' })));
  expect(onLinked).toHaveBeenCalledTimes(1);
  expect((await stored()).groupId).toBe(team);
});

it('the list is refused (membership unknown, 403): the API’s reason and a way to try again, not a blank page', async () => {
  await setup({ membership: 'unknown' });
  const message = await screen.findByText(/^Det gick inte att ta reda på vilka team du är medlem i/);
  expect(message.closest('.fui-MessageBar')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Koppla enheten till teamet' })).toBeNull();
});

it('a list that failed to load is loaded again by Försök igen', async () => {
  await setup({ listFailsOnce: true });
  await screen.findByText('Kunde inte nå servern.');
  fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
  await screen.findByRole('option', { name: mvName });
  await waitFor(() => expect(screen.queryByText('Kunde inte nå servern.')).toBeNull());
});
