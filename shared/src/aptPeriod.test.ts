import { localDate, periodOfDate, periodOfMonth } from './aptPeriod';

describe('the period of an APT', () => {
  it.each([
    [1, 'T1'],
    [4, 'T1'],
    [5, 'T2'],
    [8, 'T2'],
    [9, 'VB'],
    [12, 'VB'],
  ])('month %i is %s', (month, period) => {
    expect(periodOfMonth(month)).toBe(period);
  });

  it('reads the month of an ISO date', () => {
    expect(periodOfDate('2021-04-30')).toBe('T1');
    expect(periodOfDate('2021-05-01')).toBe('T2');
    expect(periodOfDate('2021-09-01')).toBe('VB');
  });

  it('takes today in Stockholm, not in UTC', () => {
    expect(localDate(new Date('2021-08-31T23:30:00Z'))).toBe('2021-09-01');
    expect(localDate(new Date('2021-08-31T12:00:00Z'))).toBe('2021-08-31');
  });
});
