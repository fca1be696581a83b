import { z } from 'zod';
import { collections } from './api';
import { maxLengthOf } from './maxLength';
import { GoalEntry } from './schemas/report';

it("reads a text's limit from its schema, through pipes, defaults and nullable", () => {
  expect(maxLengthOf(GoalEntry.shape.analysis)).toBe(20_000);
  expect(maxLengthOf(collections.goals.create.shape.title)).toBe(1_000);
  expect(maxLengthOf(collections.goals.create.shape.description)).toBe(20_000);
  expect(maxLengthOf(collections.goals.create.shape.number)).toBe(20);
  expect(maxLengthOf(z.string().max(5).optional())).toBe(5);
});

it('has no limit for a text without one, a list of lines or a number', () => {
  expect(maxLengthOf(z.string())).toBeNull();
  expect(maxLengthOf(collections.goals.create.shape.expectedResults)).toBeNull();
  expect(maxLengthOf(collections.goals.create.shape.order)).toBeNull();
});
