import { isStoreError, type Actor, type Goal, type Indicator, type Store, type StoreErrorCode } from '@vp/shared';
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
    });
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
  });
}
