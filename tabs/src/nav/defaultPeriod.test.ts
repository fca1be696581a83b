import { defaultPeriod } from './defaultPeriod';

test('opens the period being reported now, the VB of earlier years and T1 of later ones', () => {
  expect(defaultPeriod(2026, new Date('2026-06-10T12:00:00Z'))).toBe('T1');
  expect(defaultPeriod(2026, new Date('2026-10-10T12:00:00Z'))).toBe('T2');
  expect(defaultPeriod(2025, new Date('2026-02-10T12:00:00Z'))).toBe('VB');
  expect(defaultPeriod(2021, new Date('2026-06-10T12:00:00Z'))).toBe('VB');
  expect(defaultPeriod(2027, new Date('2026-06-10T12:00:00Z'))).toBe('T1');
});
