import { competenceRollup } from './competenceRollup';

describe('competenceRollup', () => {
  const rows = [
    { id: 'a', categories: ['utveckla' as const, 'behalla' as const] },
    { id: 'b', categories: ['utveckla' as const] },
    { id: 'c', categories: ['avsluta' as const] },
  ];

  it('counts each row once in total and under each of its categories; rows without status as missing', () => {
    const rollup = competenceRollup(rows, [
      { rowId: 'a', status: 'ongoing', comment: '' },
      { rowId: 'b', status: null, comment: 'Bara en kommentar' },
    ]);
    expect(rollup.rows).toBe(3);
    expect(rollup.total).toEqual({ notStarted: 0, ongoing: 1, done: 0, cancelled: 0, missing: 2 });
    const byCategory = Object.fromEntries(rollup.categories.map((c) => [c.category, c]));
    expect(byCategory.utveckla).toEqual({ category: 'utveckla', rows: 2, counts: { notStarted: 0, ongoing: 1, done: 0, cancelled: 0, missing: 1 } });
    expect(byCategory.behalla!.counts.ongoing).toBe(1);
    expect(byCategory.avsluta!.counts.missing).toBe(1);
    expect(byCategory.rekrytera!.rows).toBe(0);
    expect(rollup.categories.map((c) => c.category)).toEqual(['utveckla', 'behalla', 'attrahera', 'rekrytera', 'introducera', 'avsluta']);
  });

  it('ignores a follow-up of a row that is not among the rows', () => {
    expect(competenceRollup(rows, [{ rowId: 'gone', status: 'done', comment: '' }]).total.missing).toBe(3);
  });
});
