import { indicatorDueIn, previousPeriod, reportingPeriodAt } from './periods';

describe('periods', () => {
  it('tertial indicators are due every period, yearly ones in the VB only', () => {
    expect(['T1', 'T2', 'VB'].map((p) => indicatorDueIn('tertial', p as 'T1'))).toEqual([true, true, true]);
    expect(['T1', 'T2', 'VB'].map((p) => indicatorDueIn('year', p as 'T1'))).toEqual([false, false, true]);
  });

  it('previous period within the year', () => {
    expect(previousPeriod('T1')).toBeNull();
    expect(previousPeriod('T2')).toBe('T1');
    expect(previousPeriod('VB')).toBe('T2');
  });

  it.each([
    ['2021-05-15T05:00:00Z', 2021, 'T1'],
    ['2021-08-31T12:00:00Z', 2021, 'T1'],
    ['2021-09-01T12:00:00Z', 2021, 'T2'],
    ['2021-12-31T12:00:00Z', 2021, 'T2'],
    ['2022-01-10T12:00:00Z', 2021, 'VB'],
    ['2022-04-30T12:00:00Z', 2021, 'VB'],
    ['2022-05-01T12:00:00Z', 2022, 'T1'],
  ])('at %s the report being written is %s %s', (at, year, period) => {
    expect(reportingPeriodAt(new Date(at))).toEqual({ year, period });
  });

  it('reads the month in Swedish time, where the timer fires in UTC', () => {
    // 30 April 22:30 UTC is 1 May 00:30 in Stockholm (CEST): T1 has ended.
    expect(reportingPeriodAt(new Date('2021-04-30T22:30:00Z'))).toEqual({ year: 2021, period: 'T1' });
    expect(reportingPeriodAt(new Date('2021-04-30T22:30:00Z'), 'UTC')).toEqual({ year: 2020, period: 'VB' });
    // New Year's Eve 23:30 UTC is already January in Stockholm (CET): the VB of the year that just ended.
    expect(reportingPeriodAt(new Date('2021-12-31T23:30:00Z'))).toEqual({ year: 2021, period: 'VB' });
    expect(reportingPeriodAt(new Date('2021-12-31T23:30:00Z'), 'UTC')).toEqual({ year: 2021, period: 'T2' });
  });
});
