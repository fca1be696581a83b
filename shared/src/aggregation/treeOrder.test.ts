import { goalsInTreeOrder, itemsInTreeOrder } from './treeOrder';

const node = (id: string, parentId: string | null, order: number) => ({ id, parentId, order });

describe('tree order', () => {
  it('depth first, siblings by order then id, regardless of input order', () => {
    const goals = [node('2', null, 1), node('1.3', '1', 1), node('1', null, 0), node('1.1', '1', 0), node('nm-b', '1.3', 0), node('nm-a', '1.3', 0), node('2.5', '2', 0)];
    const expected = ['1', '1.1', '1.3', 'nm-a', 'nm-b', '2', '2.5'];
    expect(goalsInTreeOrder(goals).map((g) => g.id)).toEqual(expected);
    expect(goalsInTreeOrder([...goals].reverse()).map((g) => g.id)).toEqual(expected);
  });

  it('keeps goals whose parent is missing, after the tree, each before its own children; cycles are not lost', () => {
    const goals = [node('root', null, 0), node('child-of-orphan', 'orphan', 0), node('orphan', 'gone', 5), node('x', 'y', 0), node('y', 'x', 1)];
    expect(goalsInTreeOrder(goals).map((g) => g.id)).toEqual(['root', 'orphan', 'child-of-orphan', 'x', 'y']);
  });

  it('items follow their goal’s position, then their own order; items under unknown goals come last', () => {
    const goals = goalsInTreeOrder([node('1', null, 0), node('nm', '1', 0), node('2', null, 1)]);
    const items = [node('i-2', '2', 0), node('i-x', 'unknown', 0), node('i-nm-b', 'nm', 1), node('i-nm-a', 'nm', 0), node('i-1', '1', 3)];
    expect(itemsInTreeOrder(items, goals).map((i) => i.id)).toEqual(['i-1', 'i-nm-a', 'i-nm-b', 'i-2', 'i-x']);
  });
});
