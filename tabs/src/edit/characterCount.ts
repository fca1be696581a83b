import { useContext } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';

/** The counter shows from this share of the limit: in time to shorten the text, and out of the way before. */
export const counterFrom = 0.9;

/**
 * "19 950 / 20 000 tecken" once a text is above 90 % of its limit (the schema's max length, see
 * maxLengthOf); null below that or without a limit. Counted as the schema counts: UTF-16 code units.
 */
export function useCharacterCount(text: string, max: number | null): string | null {
  const t = useStrings();
  const language = useContext(LanguageContext);
  if (max === null || text.length <= counterFrom * max) return null;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE');
  return t.characterCount(number.format(text.length), number.format(max));
}
