import { formatStockholmDateTime } from './dates';

describe('formatStockholmDateTime', () => {
  it('writes the Swedish date and time in Swedish winter time (UTC+1)', () => {
    expect(formatStockholmDateTime('2025-03-12T13:05:00Z')).toBe('12 mars 2025 kl. 14:05');
  });

  it('follows summer time (UTC+2) and the date line at midnight', () => {
    expect(formatStockholmDateTime('2025-06-30T22:30:00.000Z')).toBe('1 juli 2025 kl. 00:30');
  });
});
