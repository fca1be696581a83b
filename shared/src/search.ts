/**
 * How the product compares text in a search: "forskollarare" finds "Förskollärare", "kvalitets" finds
 * "Kvalitéts", and "1 945" (typed with a plain space) finds the "1 945" the number formatter writes
 * with a non-breaking one. Matches never span a line break, so each one can be marked where it stands.
 */

/** Where the folded characters came from: folded[k] stems from original[from[k], to[k]). */
export interface FoldedText {
  folded: string;
  from: number[];
  to: number[];
}

// Case and diacritics out (lower-case first: a capital's lower case may carry a mark, İ → i̇);
// every other space (non-breaking, tab) as a plain one; the minus sign the formatter writes as a hyphen.
function foldCodePoint(codePoint: string): string {
  return codePoint
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^\S\n]/gu, ' ')
    .replace(/\u2212/g, '-');
}

// Plan texts repeat the same few letters, so each code point is folded once.
const foldedCodePoints = new Map<string, string>();

function foldCached(codePoint: string): string {
  let folded = foldedCodePoints.get(codePoint);
  if (folded === undefined) {
    folded = foldCodePoint(codePoint);
    if (foldedCodePoints.size < 10_000) foldedCodePoints.set(codePoint, folded);
  }
  return folded;
}

/** Folds code point by code point, so every match maps back onto the original text. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const codePoint of text) {
    const end = at + codePoint.length;
    const part = foldCached(codePoint);
    // A mark of its own (decomposed text) belongs to the letter before it.
    if (part === '' && to.length > 0) to[to.length - 1] = end;
    for (let i = 0; i < part.length; i++) {
      from.push(at);
      to.push(end);
    }
    folded += part;
    at = end;
  }
  return { folded, from, to };
}

/** The text as search compares it: without case, diacritics or odd spaces. */
export function foldForSearch(text: string): string {
  return foldText(text).folded;
}

/** Where a folded query occurs in folded text, left to right, without overlaps. */
function occurrences(folded: string, foldedQuery: string): number[] {
  const starts: number[] = [];
  if (!foldedQuery) return starts;
  for (let at = folded.indexOf(foldedQuery); at !== -1; at = folded.indexOf(foldedQuery, at + foldedQuery.length)) starts.push(at);
  return starts;
}

/** How often a folded query occurs in (folded) text. */
export function countOccurrences(folded: string, foldedQuery: string): number {
  return occurrences(folded, foldedQuery).length;
}

/** The stretches [start, end) of the original text that match a folded query. */
export function matchRanges(text: FoldedText, foldedQuery: string): [number, number][] {
  return occurrences(text.folded, foldedQuery).map((k) => [text.from[k]!, text.to[k + foldedQuery.length - 1]!]);
}
