/** Longest text of one value shown in a change; the whole text is in the version itself. */
const maxValueLength = 300;

/** A field's value in a list of changes: lists joined, long texts cut, quoted; empty as the caller words it. */
export function valueText(value: unknown, empty: string): string {
  const text = Array.isArray(value) ? value.join('; ') : typeof value === 'string' || typeof value === 'number' ? String(value) : value === null ? '' : JSON.stringify(value);
  if (text.trim() === '') return empty;
  return `”${text.length > maxValueLength ? `${text.slice(0, maxValueLength)}…` : text}”`;
}
