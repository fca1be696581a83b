import { isStoreError, type Actor, type AuditEntry, type Forvaltning, type Goal, type Indicator, type Kind, type Store, type StoreErrorCode, type Unit, type Write } from '@vp/shared';
import { largeSummary } from '../testing/largeSummary';

/** What every Store adapter must do; run against SQLite and against SharePoint over the Graph fake. */
export function describeStoreContract(
  name: string,
  open: () => Promise<{ store: Store; cleanup?: () => Promise<void> }>,
): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: (() => Promise<void>) | undefined;
    const anna: Actor = { id: 'anna', name: 'Anna Rektor' };

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup?.();
    });

    const goal = (id: string, over: Partial<Goal> = {}): Goal => ({
      id,
      forvaltningId: 'f1',
      unitId: 'u1',
      year: 2021,
      parentId: 'nm-1',
      order: 0,
      level: 'unitGoal',
      number: null,
      title: `Mål ${id}`,
      description: '',
      expectedResults: ['Barnen är trygga'],
      workingMethods: 'Vi reflekterar varje vecka.',
      resources: [],
      followUp: ['Tertialrapport 1 och 2'],
      development: '',
      ...over,
    });
    const indicator = (id: string, parentId: string): Indicator => ({
      id,
      forvaltningId: 'f1',
      unitId: null,
      year: 2021,
      parentId,
      order: 0,
      name: 'Antal barn per grupp',
      measureUnit: 'barn/grupp',
      direction: 'lowerIsBetter',
      annualTarget: null,
      councilTarget: { type: 'value', value: 16 },
      periodicity: 'tertial',
      aggregation: { rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 },
      applicableUnitIds: ['u1', 'u2'],
    });
    /** The StoreError a write ends with: its code and its (Swedish) message. */
    const failure = async (promise: Promise<unknown>): Promise<{ code: StoreErrorCode; message: string } | 'resolved'> => {
      try {
        await promise;
        return 'resolved';
      } catch (e) {
        if (isStoreError(e)) return { code: e.code, message: e.message };
        throw e;
      }
    };
    const rejection = async (promise: Promise<unknown>): Promise<StoreErrorCode | 'resolved'> => {
      try {
        await promise;
        return 'resolved';
      } catch (e) {
        if (isStoreError(e)) return e.code;
        throw e;
      }
    };

    it('creates, reads back and lists by the indexed fields', async () => {
      const created = await store.create('goal', goal('g1'), anna);
      expect(created.eTag).toEqual(expect.any(String));
      await store.create('goal', goal('g2', { unitId: null, level: 'committeeGoal', parentId: null }), anna);
      await store.create('goal', goal('g3', { unitId: 'u2' }), anna);
      await store.create('goal', goal('g4', { year: 2022 }), anna);

      const { eTag, ...stored } = (await store.get('goal', 'g1'))!;
      expect(stored).toEqual(goal('g1'));
      expect(eTag).toBe(created.eTag);
      const ids = async (filter: Parameters<Store['list']>[1]) => (await store.list('goal', filter)).map((g) => g.id);
      expect(await ids({ forvaltningId: 'f1', year: 2021, unitId: 'u1' })).toEqual(['g1']);
      expect(await ids({ forvaltningId: 'f1', year: 2021, unitId: null })).toEqual(['g2']);
      expect(await ids({ year: 2021, parentId: 'nm-1' })).toEqual(['g1', 'g3']);
      expect(await ids({ parentId: null })).toEqual(['g2']);
      expect(await ids({ forvaltningId: 'other' })).toEqual([]);
      expect(await store.get('goal', 'nope')).toBeNull();
    });

    it('keeps the Microsoft 365 group a unit or förvaltning is linked to, and finds them by it', async () => {
      const team = '00000000-0000-4000-8000-0000000000e1';
      const leaders = '00000000-0000-4000-8000-0000000000f1';
      const unit = (id: string, groupId?: string | null): Unit => ({ id, forvaltningId: 'f1', name: `Enhet ${id}`, description: '', preschools: [], ...(groupId === undefined ? {} : { groupId }) });
      await store.create('forvaltning', { id: 'f1', name: 'F', municipality: 'K', committee: 'N', groupId: leaders }, anna);
      await store.create('forvaltning', { id: 'f2', name: 'G', municipality: 'K', committee: 'N' }, anna);
      await store.create('unit', unit('u1', team), anna);
      await store.create('unit', unit('u2', null), anna);
      const u3 = await store.create('unit', unit('u3'), anna);

      expect((await store.get('unit', 'u1'))!.groupId).toBe(team);
      const ids = async (kind: 'unit' | 'forvaltning', groupId: string | null) => (await store.list(kind, { groupId })).map((u) => u.id);
      expect(await ids('unit', team)).toEqual(['u1']);
      // Absent and null alike: not linked.
      expect(await ids('unit', null)).toEqual(['u2', 'u3']);
      expect(await ids('forvaltning', leaders)).toEqual(['f1']);
      expect(await ids('forvaltning', null)).toEqual(['f2']);

      // Linking an existing unit (and moving a link) is an update like any other.
      await store.update('unit', unit('u3', team), u3.eTag, anna);
      expect(await ids('unit', team)).toEqual(['u1', 'u3']);
      const [listed] = await store.listMany([{ kind: 'unit', filter: { groupId: team, forvaltningId: 'f1' } }] as const);
      expect(listed.map((u) => u.id)).toEqual(['u1', 'u3']);
    });

    it('refuses a second item with the same id', async () => {
      await store.create('goal', goal('g1'), anna);
      expect(await rejection(store.create('goal', goal('g1', { title: 'Annat' }), anna))).toBe('CONFLICT');
      expect((await store.get('goal', 'g1'))!.title).toBe('Mål g1');
    });

    it('orders items by their order field', async () => {
      await store.create('goal', goal('b', { order: 2 }), anna);
      await store.create('goal', goal('a', { order: 1 }), anna);
      await store.create('goal', goal('c', { order: 0 }), anna);
      expect((await store.list('goal', { unitId: 'u1' })).map((g) => g.id)).toEqual(['c', 'a', 'b']);
    });

    it('updates with the current eTag and returns a new one', async () => {
      const created = await store.create('goal', goal('g1'), anna);
      const updated = await store.update('goal', goal('g1', { workingMethods: 'Nytt arbetssätt' }), created.eTag, anna);
      expect(updated.eTag).not.toBe(created.eTag);
      const stored = (await store.get('goal', 'g1'))!;
      expect(stored.workingMethods).toBe('Nytt arbetssätt');
      expect(stored.eTag).toBe(updated.eTag);
    });

    it('refuses a stale eTag and keeps the newer data', async () => {
      const created = await store.create('goal', goal('g1'), anna);
      const newer = await store.update('goal', goal('g1', { title: 'Första ändringen' }), created.eTag, anna);
      expect(await rejection(store.update('goal', goal('g1', { title: 'Gammal' }), created.eTag, anna))).toBe(
        'PRECONDITION_FAILED',
      );
      expect(await rejection(store.remove('goal', 'g1', created.eTag, anna))).toBe('PRECONDITION_FAILED');
      const stored = (await store.get('goal', 'g1'))!;
      expect(stored.title).toBe('Första ändringen');
      expect(stored.eTag).toBe(newer.eTag);
    });

    it('removes with the current eTag; unknown ids are NOT_FOUND', async () => {
      const created = await store.create('goal', goal('g1'), anna);
      await store.remove('goal', 'g1', created.eTag, anna);
      expect(await store.get('goal', 'g1')).toBeNull();
      expect(await rejection(store.remove('goal', 'g1', created.eTag, anna))).toBe('NOT_FOUND');
      expect(await rejection(store.update('goal', goal('g1'), created.eTag, anna))).toBe('NOT_FOUND');
    });

    it('reads several lists at once, in query order', async () => {
      await store.create('goal', goal('g1'), anna);
      await store.create('indicator', indicator('i1', 'g1'), anna);
      await store.create('indicator', indicator('i2', 'other'), anna);
      const [goals, indicators, activities] = await store.listMany([
        { kind: 'goal', filter: { unitId: 'u1' } },
        { kind: 'indicator', filter: { parentId: 'g1' } },
        { kind: 'activity' },
      ] as const);
      expect(goals.map((g) => g.title)).toEqual(['Mål g1']);
      expect(indicators.map((i) => i.councilTarget)).toEqual([{ type: 'value', value: 16 }]);
      expect(activities).toEqual([]);
    });

    it('lists an item by its id beside other lists', async () => {
      await store.create('goal', goal('g1'), anna);
      await store.create('goal', goal('g2'), anna);
      const [byId, byIdAndUnit, otherUnit, missing] = await store.listMany([
        { kind: 'goal', filter: { id: 'g2' } },
        { kind: 'goal', filter: { id: 'g1', unitId: 'u1' } },
        { kind: 'goal', filter: { id: 'g1', unitId: 'u2' } },
        { kind: 'goal', filter: { id: 'finns-inte' } },
      ] as const);
      expect(byId.map((g) => g.id)).toEqual(['g2']);
      expect(byIdAndUnit.map((g) => g.id)).toEqual(['g1']);
      expect([otherUnit, missing]).toEqual([[], []]);
    });

    it('returns every matching item, however many', async () => {
      for (let i = 0; i < 450; i++) await store.create('indicator', indicator(`i${String(i).padStart(3, '0')}`, 'g1'), anna);
      const all = await store.list('indicator', { parentId: 'g1', year: 2021 });
      expect(all).toHaveLength(450);
      expect(new Set(all.map((i) => i.id)).size).toBe(450);
    });

    it('filters follow-up reports by period', async () => {
      const report = (id: string, period: 'T1' | 'T2' | 'VB', unitId = 'u1') => ({
        id,
        forvaltningId: 'f1',
        unitId,
        year: 2021,
        period,
        goalId: 'g1',
        assessment: 'partly' as const,
        analysis: '',
      });
      await store.create('goalReport', report('r1', 'T1'), anna);
      await store.create('goalReport', report('r2', 'T2'), anna);
      await store.create('goalReport', report('r3', 'T1', 'u2'), anna);
      const ids = async (filter: Parameters<Store['list']>[1]) => (await store.list('goalReport', filter)).map((r) => r.id).sort();
      expect(await ids({ forvaltningId: 'f1', year: 2021, period: 'T1' })).toEqual(['r1', 'r3']);
      expect(await ids({ unitId: 'u1', year: 2021, period: 'T2' })).toEqual(['r2']);
    });

    it('records who changed what, newest first', async () => {
      const bertil: Actor = { id: 'bertil', name: 'Bertil Personal' };
      const created = await store.create('goal', goal('g1'), anna);
      const updated = await store.update('goal', goal('g1', { title: 'Ny titel' }), created.eTag, bertil);
      await store.create('goal', goal('g2', { unitId: 'u2' }), anna);
      await store.remove('goal', 'g1', updated.eTag, anna);

      const trail = await store.listAudit({ itemId: 'g1' });
      expect(trail.map((e) => [e.action, e.actor.id])).toEqual([
        ['delete', 'anna'],
        ['update', 'bertil'],
        ['create', 'anna'],
      ]);
      expect(trail[1]!.changes).toEqual([{ field: 'title', before: 'Mål g1', after: 'Ny titel' }]);
      expect(trail[1]).toMatchObject({ kind: 'goal', forvaltningId: 'f1', unitId: 'u1', year: 2021 });
      expect(Date.parse(trail[1]!.at)).not.toBeNaN();
      expect((await store.listAudit({ unitId: 'u2' })).map((e) => e.itemId)).toEqual(['g2']);
      expect(await store.listAudit({ forvaltningId: 'f1', limit: 2 })).toHaveLength(2);
    });

    it('keeps a tertial summary of some 300,000 characters through create, read, list, update and delete', async () => {
      const first = largeSummary('s1');
      expect(JSON.stringify(first).length).toBeGreaterThan(300_000);
      const created = await store.create('summary', first, anna);
      const { eTag, ...read } = (await store.get('summary', 's1'))!;
      expect(read).toEqual(first);
      expect(eTag).toBe(created.eTag);
      expect(await store.list('summary', { forvaltningId: 'f1' })).toEqual([{ ...first, eTag }]);
      const [listed, none] = await store.listMany([
        { kind: 'summary', filter: { forvaltningId: 'f1', year: 2021, period: 'T1' } },
        { kind: 'summary', filter: { period: 'T2' } },
      ] as const);
      expect(listed).toEqual([{ ...first, eTag }]);
      expect(none).toEqual([]);

      const second = largeSummary('s1', { text: 'Reviderad analys efter samtal med vårdnadshavare' });
      const updated = await store.update('summary', second, created.eTag, anna);
      expect(updated.eTag).not.toBe(created.eTag);
      expect(await rejection(store.update('summary', largeSummary('s1', { text: 'Gammal' }), created.eTag, anna))).toBe('PRECONDITION_FAILED');
      expect(await rejection(store.remove('summary', 's1', created.eTag, anna))).toBe('PRECONDITION_FAILED');
      expect(await store.get('summary', 's1')).toEqual({ ...second, eTag: updated.eTag });
      expect(await store.list('summary', { forvaltningId: 'f1' })).toEqual([{ ...second, eTag: updated.eTag }]);

      await store.remove('summary', 's1', updated.eTag, anna);
      expect(await store.get('summary', 's1')).toBeNull();
      expect(await store.list('summary', { forvaltningId: 'f1' })).toEqual([]);
      const trail = await store.listAudit({ itemId: 's1' });
      expect(trail.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
      expect(trail[1]!.changes.map((c) => c.field)).toEqual(['overview']);
      expect(trail[2]!.changes.find((c) => c.field === 'overview')!.after).toEqual(first.overview);
    });

    describe('writeMany: several writes, all or nothing', () => {
      const bertil: Actor = { id: 'bertil', name: 'Bertil Personal' };
      const goals = ['g1', 'g2', 'g3'];
      const indicators = ['i1', 'i2'];
      /** Everything a failed writeMany must leave as it was: every item with its eTag, and the audit trail. */
      const snapshot = async () => ({
        goals: await Promise.all(goals.map((id) => store.get('goal', id))),
        indicators: await Promise.all(indicators.map((id) => store.get('indicator', id))),
        listed: await store.list('goal', { forvaltningId: 'f1' }),
        audit: await store.listAudit({ forvaltningId: 'f1', limit: 1000 }),
      });
      const seed = async () => ({
        g1: await store.create('goal', goal('g1'), anna),
        g2: await store.create('goal', goal('g2', { order: 1 }), anna),
        i1: await store.create('indicator', indicator('i1', 'g1'), anna),
      });

      it('applies creates, updates and removes together; every field reads back, each write audited', async () => {
        const { g1, g2, i1 } = await seed();
        const g1Next = goal('g1', { title: 'Ny titel', expectedResults: ['Alla läser', 'Alla skriver'], resources: ['Bibliotek'] });
        const i1Next = { ...indicator('i1', 'g1'), annualTarget: { type: 'value' as const, value: 14 }, direction: 'higherIsBetter' as const };
        const results = await store.writeMany(
          [
            { op: 'create', kind: 'goal', item: goal('g3', { order: 2, unitId: 'u2' }) },
            { op: 'update', kind: 'indicator', item: i1Next, ifMatch: i1.eTag },
            { op: 'create', kind: 'indicator', item: indicator('i2', 'g3') },
            { op: 'remove', kind: 'goal', id: 'g2', ifMatch: g2.eTag },
            { op: 'update', kind: 'goal', item: g1Next, ifMatch: g1.eTag },
          ],
          bertil,
        );
        expect(results.map((r) => [r.kind, r.id, r.eTag === null ? null : 'eTag'])).toEqual([
          ['goal', 'g3', 'eTag'],
          ['indicator', 'i1', 'eTag'],
          ['indicator', 'i2', 'eTag'],
          ['goal', 'g2', null],
          ['goal', 'g1', 'eTag'],
        ]);
        expect(results[4]!.eTag).not.toBe(g1.eTag);
        expect(results[1]!.eTag).not.toBe(i1.eTag);
        expect(await store.get('goal', 'g3')).toEqual({ ...goal('g3', { order: 2, unitId: 'u2' }), eTag: results[0]!.eTag });
        expect(await store.get('indicator', 'i1')).toEqual({ ...i1Next, eTag: results[1]!.eTag });
        expect(await store.get('indicator', 'i2')).toEqual({ ...indicator('i2', 'g3'), eTag: results[2]!.eTag });
        expect(await store.get('goal', 'g2')).toBeNull();
        expect(await store.get('goal', 'g1')).toEqual({ ...g1Next, eTag: results[4]!.eTag });
        expect((await store.list('goal', { forvaltningId: 'f1' })).map((g) => g.id)).toEqual(['g1', 'g3']);

        const trail = await store.listAudit({ forvaltningId: 'f1', limit: 5 });
        expect(trail.map((e) => [e.action, e.kind, e.itemId, e.actor.id]).sort()).toEqual(
          [
            ['create', 'goal', 'g3', 'bertil'],
            ['update', 'indicator', 'i1', 'bertil'],
            ['create', 'indicator', 'i2', 'bertil'],
            ['delete', 'goal', 'g2', 'bertil'],
            ['update', 'goal', 'g1', 'bertil'],
          ].sort(),
        );
        const g1Update = trail.find((e) => e.itemId === 'g1')!;
        expect(g1Update.changes).toEqual([
          { field: 'title', before: 'Mål g1', after: 'Ny titel' },
          { field: 'expectedResults', before: ['Barnen är trygga'], after: ['Alla läser', 'Alla skriver'] },
          { field: 'resources', before: [], after: ['Bibliotek'] },
        ]);
        expect(trail.find((e) => e.itemId === 'g2')!.changes).toContainEqual({ field: 'title', before: 'Mål g2', after: null });
        expect(await store.writeMany([], bertil)).toEqual([]);
      });

      it.each([0, 2, 4])('refuses the whole write when write %i names a stale eTag, and changes nothing', async (stalePosition) => {
        const { g1, g2, i1 } = await seed();
        const newer = await store.update('goal', goal('g1', { title: 'Någon annans ändring' }), g1.eTag, anna);
        const writes: Write[] = [
          { op: 'update', kind: 'goal', item: goal('g1', { title: 'Min ändring' }), ifMatch: newer.eTag },
          { op: 'create', kind: 'goal', item: goal('g3') },
          { op: 'update', kind: 'indicator', item: indicator('i1', 'g3'), ifMatch: i1.eTag },
          { op: 'create', kind: 'indicator', item: indicator('i2', 'g3') },
          { op: 'remove', kind: 'goal', id: 'g2', ifMatch: g2.eTag },
        ];
        // the write at stalePosition names the eTag g1 had before someone else's change
        const stale: Write = { op: 'update', kind: 'goal', item: goal('g1', { title: 'Min ändring' }), ifMatch: g1.eTag };
        const sent = stalePosition === 0 ? [stale, ...writes.slice(1)] : [...writes.slice(1, stalePosition + 1), stale, ...writes.slice(stalePosition + 1)];
        const before = await snapshot();
        expect(await failure(store.writeMany(sent, bertil))).toEqual({ code: 'PRECONDITION_FAILED', message: 'Målet "g1" har ändrats av någon annan under tiden.' });
        expect(await snapshot()).toEqual(before);
        expect(before.goals[0]!.title).toBe('Någon annans ändring');
      });

      it('refuses the whole write when one create names an existing id (CONFLICT) or one remove a missing item (NOT_FOUND)', async () => {
        const { g1, i1 } = await seed();
        const before = await snapshot();
        const duplicate = store.writeMany(
          [
            { op: 'update', kind: 'goal', item: goal('g1', { title: 'Min ändring' }), ifMatch: g1.eTag },
            { op: 'create', kind: 'goal', item: goal('g3') },
            { op: 'create', kind: 'indicator', item: indicator('i1', 'g3') },
          ],
          bertil,
        );
        expect(await failure(duplicate)).toEqual({ code: 'CONFLICT', message: 'Indikatorn "i1" finns redan.' });
        expect(await snapshot()).toEqual(before);
        const missing = store.writeMany(
          [
            { op: 'create', kind: 'goal', item: goal('g3') },
            { op: 'remove', kind: 'indicator', id: 'i2', ifMatch: i1.eTag },
          ],
          bertil,
        );
        expect(await failure(missing)).toEqual({ code: 'NOT_FOUND', message: 'Indikatorn "i2" finns inte.' });
        expect(await snapshot()).toEqual(before);
      });
    });

    it('writes the same audit entries and Swedish errors for every kind of write', async () => {
      const forvaltning: Forvaltning = { id: 'f1', name: 'Hägersten-Älvsjö stadsdelsförvaltning', municipality: 'Stockholm', committee: 'Stadsdelsnämnden' };
      const unit: Unit = { id: 'u1', forvaltningId: 'f1', name: 'Hägerstensåsens förskolor', description: '', preschools: [{ name: 'Förskolan Solen' }] };
      const f = await store.create('forvaltning', forvaltning, anna);
      const u = await store.create('unit', unit, anna);
      const g = await store.create('goal', goal('g1'), anna);
      const fNext = await store.update('forvaltning', { ...forvaltning, committee: 'Nämnden' }, f.eTag, anna);
      const [uNext] = await store.writeMany([{ op: 'update', kind: 'unit', item: { ...unit, staff: 40 }, ifMatch: u.eTag }], anna);
      await store.writeMany([{ op: 'remove', kind: 'goal', id: 'g1', ifMatch: g.eTag }], anna);
      await store.remove('unit', 'u1', uNext!.eTag!, anna);

      const entry = (action: AuditEntry['action'], kind: Kind, itemId: string, scope: Pick<AuditEntry, 'forvaltningId' | 'unitId' | 'year'>, changes: AuditEntry['changes']) => ({
        id: expect.any(String),
        at: expect.any(String),
        actor: anna,
        action,
        kind,
        itemId,
        ...scope,
        changes,
      });
      const fScope = { forvaltningId: 'f1', unitId: null, year: null };
      const uScope = { forvaltningId: 'f1', unitId: 'u1', year: null };
      const gScope = { forvaltningId: 'f1', unitId: 'u1', year: 2021 };
      const field = (name: string, before: unknown, after: unknown) => ({ field: name, before, after });
      expect(await store.listAudit({ forvaltningId: 'f1' })).toEqual([
        entry('delete', 'unit', 'u1', uScope, Object.entries({ ...unit, staff: 40 }).map(([k, v]) => field(k, v, null))),
        entry('delete', 'goal', 'g1', gScope, Object.entries(goal('g1')).map(([k, v]) => field(k, v, null))),
        entry('update', 'unit', 'u1', uScope, [field('staff', null, 40)]),
        entry('update', 'forvaltning', 'f1', fScope, [field('committee', 'Stadsdelsnämnden', 'Nämnden')]),
        entry('create', 'goal', 'g1', gScope, Object.entries(goal('g1')).map(([k, v]) => field(k, null, v))),
        entry('create', 'unit', 'u1', uScope, Object.entries(unit).map(([k, v]) => field(k, null, v))),
        entry('create', 'forvaltning', 'f1', fScope, Object.entries(forvaltning).map(([k, v]) => field(k, null, v))),
      ]);
      expect((await store.listAudit({ unitId: 'u1' })).map((e) => [e.action, e.kind])).toEqual([
        ['delete', 'unit'],
        ['delete', 'goal'],
        ['update', 'unit'],
        ['create', 'goal'],
        ['create', 'unit'],
      ]);

      expect(await failure(store.create('forvaltning', forvaltning, anna))).toEqual({ code: 'CONFLICT', message: 'Förvaltningen "f1" finns redan.' });
      expect(await failure(store.update('forvaltning', forvaltning, f.eTag, anna))).toEqual({ code: 'PRECONDITION_FAILED', message: 'Förvaltningen "f1" har ändrats av någon annan under tiden.' });
      expect(await failure(store.remove('forvaltning', 'f1', f.eTag, anna))).toEqual({ code: 'PRECONDITION_FAILED', message: 'Förvaltningen "f1" har ändrats av någon annan under tiden.' });
      expect(await failure(store.update('unit', unit, u.eTag, anna))).toEqual({ code: 'NOT_FOUND', message: 'Enheten "u1" finns inte.' });
      expect(await failure(store.remove('goal', 'g1', g.eTag, anna))).toEqual({ code: 'NOT_FOUND', message: 'Målet "g1" finns inte.' });
      expect((await store.get('forvaltning', 'f1'))!.eTag).toBe(fNext.eTag);
    });
  });
}
