/**
 * The date a competence-supply row is due, from its Måldatum as written: a year ("2023") is due at its
 * end, a span ("2023-2025") at the end of its last year, a date (ISO, or "31/12 – 2023", "30/6-2023" as
 * the plans write them) on that day; "Kontinuerligt", an empty cell and anything else have none.
 */
export function competenceDue(text: string): string | null {
  const t = text.trim();
  const year = /^(\d{4})$/.exec(t);
  if (year) return `${year[1]}-12-31`;
  const span = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(t);
  if (span && Number(span[2]) >= Number(span[1])) return `${span[2]}-12-31`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayMonth = /^(\d{1,2})\/(\d{1,2})\s*[-–]\s*(\d{4})$/.exec(t);
  if (dayMonth) return validDate(Number(dayMonth[3]), Number(dayMonth[2]), Number(dayMonth[1]));
  return null;
}

function validDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
