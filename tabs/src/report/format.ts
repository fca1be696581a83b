const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** An outcome as staff write it: "33,3 %" for shares, otherwise the number with a decimal comma. */
export function formatValue(value: number | null, measureUnit: string): string {
  if (value === null) return '–';
  return measureUnit === '%' ? `${percent.format(value)} %` : plain.format(value);
}

export const formatCount = (n: number | null) => (n === null ? '–' : plain.format(n));

/** "3 maj 2021 14:02" (or in English for an English UI). */
export function formatDateTime(iso: string, language: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
