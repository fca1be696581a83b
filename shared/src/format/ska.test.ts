import { formatScore, formatSchoolYear, formatSchoolYearLong } from './ska';

it('writes scores with the printed decimals, zeros kept, and läsår as the plans do', () => {
  expect(formatScore(3.6, 2)).toBe('3,60');
  expect(formatScore(3.5, 1)).toBe('3,5');
  expect(formatScore(4, 1)).toBe('4,0');
  expect(formatSchoolYear(2017)).toBe('2017/18');
  expect(formatSchoolYear(2099)).toBe('2099/00');
  expect(formatSchoolYearLong(2018)).toBe('2018/2019');
});
