/** A minimal OData $filter parser for the fake: `[fields/]Name eq <literal>` clauses joined by `and`. */

export interface EqClause {
  /** `fields/Name` → { onFields: true, name: 'Name' }; `displayName` → { onFields: false, … }. */
  onFields: boolean;
  name: string;
  value: string | number | null;
}

export type ParsedFilter = { ok: true; clauses: EqClause[] } | { ok: false; message: string };

const clausePattern = /^\s*(fields\/)?([A-Za-z_][A-Za-z0-9_]*)\s+eq\s+(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(null))\s*$/;

/** Splits on ` and ` outside string literals. */
function splitAnd(filter: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i]!;
    if (ch === "'") inString = !inString;
    if (!inString && /^\s+and\s+/i.test(filter.slice(i)) && /\s/.test(ch)) {
      parts.push(current);
      const skip = /^\s+and\s+/i.exec(filter.slice(i))![0].length;
      i += skip - 1;
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** Parses a filter into equality clauses, or explains what it does not support. */
export function parseFilter(filter: string): ParsedFilter {
  const clauses: EqClause[] = [];
  for (const part of splitAnd(filter)) {
    const m = clausePattern.exec(part);
    if (m === null) return { ok: false, message: `Invalid filter clause: ${part.trim()}` };
    const value = m[3] !== undefined ? m[3].replace(/''/g, "'") : m[4] !== undefined ? Number(m[4]) : null;
    clauses.push({ onFields: m[1] !== undefined, name: m[2]!, value });
  }
  return { ok: true, clauses };
}
