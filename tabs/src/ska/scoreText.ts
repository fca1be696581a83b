/** A score as typed: "3,5" or "3.5" → 3.5; empty → null (the score is cleared); anything else or outside 1–5 → undefined. */
export function parseScore(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed.replace(',', '.'));
  return n >= 1 && n <= 5 ? n : undefined;
}
