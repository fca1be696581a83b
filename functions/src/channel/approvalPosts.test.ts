import type { ApprovalEvent } from '@vp/shared';
import { SqliteStore } from '../sqlite/sqliteStore';
import { postPlaceOf, postWriteFor, type PostWrite } from './approvalPosts';
import { channelServices } from './channelServices';

const links = { tabUrl: 'http://localhost:7071/index.html', teamsAppId: null };
const actor = { id: 'rektor-1', name: 'Rut Rektor' };
const teamId = '0b7c2f4e-1a2b-4c3d-8e9f-a0b1c2d3e4f5';

const event = (overrides: Partial<ApprovalEvent> = {}): ApprovalEvent => ({
  id: 'ev-1',
  approvalId: 'unitReport.hag.2025.T1',
  subject: 'unitReport',
  forvaltningId: 'f',
  unitId: 'hag',
  year: 2025,
  period: 'T1',
  action: 'approve',
  from: 'submitted',
  to: 'approved',
  version: 1,
  at: '2025-05-12T12:30:00.000Z',
  by: actor,
  comment: '',
  requestKey: 'k-1',
  digest: { title: 'Hag – T1 2025', goals: 1, indicators: 1, activities: 1, progress: null, assessed: null, belowTarget: null },
  snapshot: { tree: 'the approved report' },
  ...overrides,
});

const local = channelServices({ mode: 'local' }, links, new SqliteStore(':memory:'));
const sending = { ...local, dispatcher: {} as never };
const place = { name: 'Hägerstensåsens förskolor', groupId: teamId, channelId: '19:a@thread.tacv2' };
const item = (write: PostWrite | null) => write!.item;

describe('the outbox write of an approval step', () => {
  it('is a post for approve and return only, holding the card without the snapshot', () => {
    expect(postWriteFor(event({ action: 'submit' }), place, sending)).toBeNull();
    expect(postWriteFor(event({ action: 'reopen' }), place, sending)).toBeNull();
    expect(postWriteFor(event(), place, undefined)).toBeNull();
    const approve = item(postWriteFor(event(), place, sending));
    expect(approve).toMatchObject({ id: 'ev-1', eventId: 'ev-1', state: 'pending', teamId, channelId: '19:a@thread.tacv2', postedBy: actor, attempts: 0 });
    expect(JSON.stringify(approve.card)).not.toContain('the approved report');
    expect(item(postWriteFor(event({ id: 'ev-2', action: 'return', to: 'returned', comment: 'Fixa mål 2' }), place, sending)).state).toBe('pending');
  });

  it('is kept as noTeams where the host cannot send, or the unit has no channel', () => {
    expect(item(postWriteFor(event(), place, local)).state).toBe('noTeams');
    expect(item(postWriteFor(event(), { name: 'Hag', groupId: teamId, channelId: null }, sending))).toMatchObject({ state: 'noTeams', channelId: null });
  });
});

describe('the place a step is told in', () => {
  it('is the unit’s channel for its plan and reports, the förvaltning’s for the summary', async () => {
    const store = new SqliteStore(':memory:');
    const forvaltning = await store.create('forvaltning', { id: 'f', name: 'Förvaltningen', municipality: 'Stockholm', committee: 'Nämnden', groupId: teamId, channelId: '19:ledning@thread.tacv2' }, actor);
    const unit = await store.create('unit', { id: 'hag', forvaltningId: 'f', name: 'Hag', description: '', preschools: [], groupId: teamId, channelId: '19:hag@thread.tacv2' }, actor);
    expect(await postPlaceOf(store, { unit, forvaltningId: 'f' })).toEqual({ name: 'Hag', groupId: teamId, channelId: '19:hag@thread.tacv2' });
    expect(await postPlaceOf(store, { unit: { ...unit, groupId: null, channelId: undefined }, forvaltningId: 'f' })).toEqual({ name: 'Hag', groupId: null, channelId: null });
    expect(await postPlaceOf(store, { unit: null, forvaltningId: forvaltning.id })).toEqual({ name: 'Förvaltningen', groupId: teamId, channelId: '19:ledning@thread.tacv2' });
  });
});
