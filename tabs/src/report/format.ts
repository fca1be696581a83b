import { formatCount, formatTarget, formatValue, type Target } from '@vp/shared';

// Numbers are written by @vp/shared's format, the same as in the Word exports; the tab adds only the
// dash it shows where there is no number.
const NONE = '–';

/** "33,3 %", "16,4", or "–" without a value. */
export const valueText = (value: number | null, measureUnit: string) => (value === null ? NONE : formatValue(value, measureUnit));

export const countText = (n: number | null) => (n === null ? NONE : formatCount(n));

export const targetText = (target: Target | null, measureUnit: string) => formatTarget(target, measureUnit) ?? NONE;

/** "3 maj 2021 14:02" (or in English for an English UI). */
export function formatDateTime(iso: string, language: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
