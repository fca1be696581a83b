import { collections, type Collection } from './api';

test.each(Object.keys(collections) as Collection[])('an empty %s update stays empty: no default leaks into a PATCH', (collection) => {
  expect(collections[collection].update.parse({})).toEqual({});
});
