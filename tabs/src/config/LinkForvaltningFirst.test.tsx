/** @jest-environment jsdom */
// The first link of a förvaltning, made from its leadership's Team by a holder of the Avdelningschef role
// whom nothing is linked to yet (entra mode, GET /me without a caller): what the first-link page offers
// (the server's linkableTo over the demo data), what linking stores, and what it says when nothing fits.
import { act, fireEvent, screen } from '@testing-library/react';
import type { Forvaltning, Me, Stored } from '@vp/shared';
import { ApiError } from '../api/client';
import { openStoreBackedApi } from '../edit/storeBackedApi';
import type { Host } from '../host/host';
import { renderInFluent } from '../report/testing';
import { LinkTeamFirst } from './LinkTeamFirst';
import type { TabConfig } from './tabConfig';

const fv = 'hagersten-alvsjo';
const team = '3b8c2d1e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const chef = 'dev-avdelningschef';

type Opened = Awaited<ReturnType<typeof openStoreBackedApi>>;
const opened: Opened[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

/** Signed in with the role Avdelningschef and, of all groups, the Team's only. */
const bo: Me = { id: 'bo', name: 'Bo Avdelningschef', roles: ['Avdelningschef'], caller: null, reason: 'Du har rollen Avdelningschef men är inte medlem i förvaltningsledningens grupp.' };

/** The page in the Team as Bo, after the förvaltning's avdelningschef has unlinked it (or not). */
async function setup({ unlinked = true }: { unlinked?: boolean } = {}) {
  const memberOf = async (ids: readonly string[]) => new Set(ids.map((id) => id.toLowerCase()).filter((id) => id === team));
  const backed = await openStoreBackedApi(chef, { signedIn: { me: bo, memberOf } });
  opened.push(backed);
  if (unlinked) await backed.linkForvaltningAs(chef, fv, null);
  const tabConfig: TabConfig = { setValidityState: () => undefined, registerOnSaveHandler: () => undefined, setConfig: async () => undefined };
  const host: Host = { kind: 'teams', theme: 'light', language: 'sv', onThemeChange: () => undefined, groupId: team };
  const onLinked = jest.fn();
  const listUnits = jest.spyOn(backed.api, 'listUnits');
  const link = jest.spyOn(backed.api, 'linkForvaltningToTeam');
  const stored = async () => (await backed.store.get('forvaltning', fv)) as Stored<Forvaltning>;
  const before = await stored();
  await act(async () => renderInFluent(<LinkTeamFirst api={backed.api} host={host} tabConfig={tabConfig} me={bo} groupId={team} onLinked={onLinked} />));
  return { onLinked, listUnits, link, stored, before };
}

const withoutETag = ({ eTag: _eTag, ...fields }: Stored<Forvaltning>) => fields;
const button = () => screen.findByRole('button', { name: 'Koppla förvaltningen till det här teamet' });

it('offers the förvaltning nobody leads; linking makes the Team its leadership group (the rest kept) and asks who is signed in again', async () => {
  const { onLinked, listUnits, stored, before } = await setup();
  expect(screen.getByRole('heading', { name: 'Koppla förvaltningen till teamet' })).toBeTruthy();
  expect(await screen.findByText(`Koppla ${before.name} till det här teamet (förvaltningsledningens team).`)).toBeTruthy();
  // No units: the API offers them only to a rektor.
  expect(listUnits).not.toHaveBeenCalled();
  expect(screen.queryByRole('combobox')).toBeNull();

  await act(async () => fireEvent.click(await button()));
  expect(onLinked).toHaveBeenCalledTimes(1);
  expect(withoutETag(await stored())).toEqual({ ...withoutETag(before), groupId: team });
  expect(screen.getByText('Förvaltningen är kopplad till teamet. Inställningarna öppnas…')).toBeTruthy();
});

it('the förvaltning is linked to its leadership group already: nothing to link, who can, and who is signed in', async () => {
  const { link } = await setup({ unlinked: false });
  await screen.findByText(/^Det finns ingen förvaltning som du kan koppla till det här teamet\..*bara dess avdelningschef ändra kopplingen/);
  expect(screen.getByText('Du är inloggad som Bo Avdelningschef.')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
  expect(link).not.toHaveBeenCalled();
});

it('a refused link shows the API’s words and the button links on the next try', async () => {
  const { onLinked, link, stored } = await setup();
  link.mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'Kunde inte nå servern.'));
  await act(async () => fireEvent.click(await button()));
  expect(screen.getByText('Förvaltningen kopplades inte till teamet')).toBeTruthy();
  expect(screen.getByText('Kunde inte nå servern.')).toBeTruthy();
  expect((await stored()).groupId).toBeNull();
  await act(async () => fireEvent.click(await button()));
  expect(onLinked).toHaveBeenCalledTimes(1);
  expect((await stored()).groupId).toBe(team);
});
