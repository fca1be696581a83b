import fc from 'fast-check';
import { formatCount, formatValue } from './format';
import { countOccurrences, foldForSearch, foldText, matchRanges } from './search';

const find = (text: string, query: string) => matchRanges(foldText(text), foldForSearch(query)).map(([start, end]) => text.slice(start, end));

it('ignores case and diacritics', () => {
  expect(foldForSearch('Förskollärare')).toBe('forskollarare');
  expect(foldForSearch('KVALITÉTS- OCH UTVECKLINGSARBETET')).toBe('kvalitets- och utvecklingsarbetet');
  expect(find('Vidareutbildning till förskollärare för barnskötare.', 'FORSKOLLARARE')).toEqual(['förskollärare']);
  expect(find('Åsen och Gläntan', 'asen')).toEqual(['Åsen']);
});

it('finds numbers as the formatter writes them, typed with plain spaces and hyphens', () => {
  expect(find(`KF:s årsmål ${formatValue(4.9, 'barn/årsarbetare')}`, '4,9')).toEqual(['4,9']);
  expect(find(formatCount(1945), '1 945')).toEqual([formatCount(1945)]);
  expect(find(formatValue(-12.25, 'antal'), '-12,3')).toEqual([formatValue(-12.25, 'antal')]);
  expect(find(formatValue(36.7, '%'), '36,7 %')).toEqual([formatValue(36.7, '%')]);
});

it('marks decomposed letters whole, marks and all', () => {
  const decomposed = 'fo\u0308rskola';
  expect(find(decomposed, 'förskola')).toEqual([decomposed]);
  expect(find(decomposed, 'fo')).toEqual(['fo\u0308']);
});

it('counts every occurrence once, left to right, and none across a line break', () => {
  expect(countOccurrences(foldForSearch('Barn, barn och BARN'), 'barn')).toBe(3);
  expect(countOccurrences('aaaa', 'aa')).toBe(2);
  expect(countOccurrences(foldForSearch('lärar-\nforum'), foldForSearch('lärar- forum'))).toBe(0);
  expect(countOccurrences('barn', '')).toBe(0);
});

it('maps every match back onto original text that folds to the query', () => {
  const letters = fc.constantFrom('a', 'A', 'å', 'Å', 'ä', 'Ö', 'o', 'é', 'e\u0301', ' ', '\u00a0', '\n', '4', ',', 'ß', 'İ', '😀');
  const text = fc.array(letters, { maxLength: 40 }).map((l) => l.join(''));
  fc.assert(
    fc.property(text, text, (haystack, needle) => {
      const query = foldForSearch(needle);
      const ranges = matchRanges(foldText(haystack), query);
      expect(ranges).toHaveLength(countOccurrences(foldForSearch(haystack), query));
      for (const [start, end] of ranges) expect(foldForSearch(haystack.slice(start, end))).toBe(query);
    }),
  );
});
