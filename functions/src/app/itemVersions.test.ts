import { diffFields, type AuditEntry } from '@vp/shared';
import { versionsOf } from './itemVersions';

// The trail of one item, written the way the stores write it (diffFields of before and after).
let seq = 0;
function entry(action: AuditEntry['action'], before: object | null, after: object | null): AuditEntry {
  seq += 1;
  return {
    id: `e${seq}`,
    at: new Date(Date.UTC(2021, 0, 1, 0, 0, seq)).toISOString(),
    actor: { id: 'u', name: 'U' },
    action,
    kind: 'goal',
    itemId: 'g',
    forvaltningId: 'f',
    unitId: 'u',
    year: 2021,
    changes: diffFields(before, after),
  };
}
const v1 = { id: 'g', title: 'Ett', text: 'a', lines: ['x'] };
const v2 = { ...v1, text: 'b' };
const v3 = { ...v2, title: 'Tre', lines: [] };
const v4 = { ...v3, text: 'c' };
const stored = (item: object) => ({ ...item, eTag: '"4"' });
const newestFirst = (...entries: AuditEntry[]) => entries.reverse();

const [created, second, third, fourth] = [entry('create', null, v1), entry('update', v1, v2), entry('update', v2, v3), entry('update', v3, v4)];

test('a complete trail gives every version', () => {
  const history = versionsOf(stored(v4), newestFirst(created, second, third, fourth));
  expect(history).toMatchObject({ itemId: 'g', eTag: '"4"', complete: true });
  expect(history.versions.map((v) => [v.number, v.id, v.item])).toEqual([
    [4, fourth.id, v4],
    [3, third.id, v3],
    [2, second.id, v2],
    [1, created.id, v1],
  ]);
});

test('a write missing in the middle leaves no version it cannot vouch for', () => {
  const history = versionsOf(stored(v4), newestFirst(created, second, fourth));
  expect(history.complete).toBe(false);
  expect(history.versions.every((v) => v.item === null)).toBe(true);
});

test('a write not yet recorded (the item is newer than its trail) is noticed', () => {
  const history = versionsOf(stored(v4), newestFirst(created, second, third));
  expect(history.complete).toBe(false);
  expect(history.versions.map((v) => v.item)).toEqual([null, null, null]);
});

test('without its creation entry the trail is undone from the current item, checked against each write', () => {
  const history = versionsOf(stored(v4), newestFirst(second, third, fourth));
  expect(history.complete).toBe(true);
  expect(history.versions.map((v) => [v.number, v.item])).toEqual([
    [3, v4],
    [2, v3],
    [1, v2],
  ]);
  expect(versionsOf(stored({ ...v4, text: 'z' }), newestFirst(second, third, fourth)).versions.map((v) => v.item)).toEqual([null, null, null]);
});

test('an earlier item deleted under the same id is not part of the history', () => {
  const old = { ...v1, title: 'Gammal' };
  const history = versionsOf(stored(v2), [second, created, entry('delete', old, null), entry('create', null, old)]);
  expect(history.versions.map((v) => v.item)).toEqual([v2, v1]);
});
