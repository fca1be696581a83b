import type { AppRole, Me } from '@vp/shared';
import type { Route } from '../routing';
import { firstLinkTeam } from './firstLink';

const team = '7d1e5b0a-3c2f-4a6b-9e8d-1f2a3b4c5d6e';
const config: Route = { page: 'config' };
const without = (roles: AppRole[]): Me => ({ id: 'p', name: 'P', roles, caller: null, reason: 'Du är inte medlem i teamet för någon enhet.' });
const rektorOfHag: Me = { ...without(['Rektor']), caller: { id: 'p', name: 'P', role: 'rektor', forvaltningId: 'f1', unitIds: ['hag'] }, reason: null };

// who, the route, the Team's group → the Team offered for the first link (null: the page as before)
const table: [string, Me, Route, string | undefined, string | null][] = [
  ['a rektor without a unit on the configuration page in a Team', without(['Rektor']), config, team, team],
  ['the Avdelningschef role without a förvaltning, there', without(['Avdelningschef']), config, team, team],
  ['a rektor who holds Personal too', without(['Personal', 'Rektor']), config, team, team],
  ['personal', without(['Personal']), config, team, null],
  ['a läsare role only', without(['Lasare']), config, team, null],
  ['no role', without([]), config, team, null],
  ['a rektor in a group chat (no Team)', without(['Rektor']), config, undefined, null],
  ['a rektor on the plan page', without(['Rektor']), { page: 'plan' }, team, null],
  ['a rektor the API already gives a unit', rektorOfHag, config, team, null],
];

it.each(table)('%s', (_what, me, route, groupId, expected) => {
  expect(firstLinkTeam(me, route, { groupId })).toBe(expected);
});
