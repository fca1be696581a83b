/** How SKA figures are written, in the tab and the Word file alike. */

const fixed = new Map<number, Intl.NumberFormat>();

/** A score or average with the decimals its assessment prints, trailing zeros kept: "3,60", "3,5". */
export function formatScore(n: number, decimals: number): string {
  let format = fixed.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixed.set(decimals, format);
  }
  return format.format(n);
}

/** A läsår by its first year: 2017 → "2017/18". */
export function formatSchoolYear(firstYear: number): string {
  return `${firstYear}/${String((firstYear + 1) % 100).padStart(2, '0')}`;
}

/** A läsår written out, as plans name themselves: 2018 → "2018/2019". */
export function formatSchoolYearLong(firstYear: number): string {
  return `${firstYear}/${firstYear + 1}`;
}
