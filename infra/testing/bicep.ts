/**
 * A reader for the small, conventionally formatted Bicep in infra/ (no Bicep compiler can be installed
 * here): its params with their decorators, vars, outputs and resources, and an evaluator for the
 * string expressions names and app settings are made of.
 */

export interface BicepParam {
  name: string;
  type: string;
  /** the default's expression, absent for a required param */
  defaultExpr?: string;
  minLength?: number;
  maxLength?: number;
  allowed?: string[];
}

export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
  /** the text between the resource's outer braces */
  body: string;
}

export interface Bicep {
  params: Map<string, BicepParam>;
  vars: Map<string, string>;
  outputs: Map<string, { type: string; expr: string }>;
  resources: BicepResource[];
}

/** Index just past the bracket that closes the one at `open`, skipping string literals and comments. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (c === "'") {
      for (i++; i < text.length && text[i] !== "'"; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`Unbalanced bracket at ${open}`);
}

/** The properties of an object body at its own level: name → the value's text (a whole block for { or [). */
export function topLevelProperties(body: string): Map<string, string> {
  const props = new Map<string, string>();
  const re = /^[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*:[ \t]*/gm;
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(body);
    if (!m) return props;
    const start = m.index + m[0].length;
    const end = body[start] === '{' || body[start] === '[' ? closing(body, start) : body.indexOf('\n', start) === -1 ? body.length : body.indexOf('\n', start);
    props.set(m[1]!, body.slice(start, end).trim());
    from = end;
  }
}

export function readBicep(text: string): Bicep {
  const params = new Map<string, BicepParam>();
  const vars = new Map<string, string>();
  const outputs = new Map<string, { type: string; expr: string }>();
  const resources: BicepResource[] = [];
  const lines = text.split('\n');
  let decorators: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('@')) {
      // a decorator, possibly over several lines (@allowed([ … ]))
      let decorator = line;
      while (decorator.split('(').length !== decorator.split(')').length) decorator += `\n${lines[++i]}`;
      decorators.push(decorator);
      continue;
    }
    const param = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/.exec(line);
    if (param) {
      const p: BicepParam = { name: param[1]!, type: param[2]!, ...(param[3] !== undefined && { defaultExpr: param[3].trim() }) };
      for (const d of decorators) {
        const n = /^@(minLength|maxLength)\((\d+)\)/.exec(d);
        if (n) p[n[1] as 'minLength' | 'maxLength'] = Number(n[2]);
        if (d.startsWith('@allowed(')) p.allowed = [...d.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
      }
      params.set(p.name, p);
    }
    const v = /^var\s+(\w+)\s*=\s*(.+)$/.exec(line);
    if (v) vars.set(v[1]!, v[2]!.trim());
    const o = /^output\s+(\w+)\s+(\w+)\s*=\s*(.+)$/.exec(line);
    if (o) outputs.set(o[1]!, { type: o[2]!, expr: o[3]!.trim() });
    decorators = [];
  }
  const re = /^resource\s+(\w+)\s+'([^'@]+)@([^']+)'\s*=\s*\{/gm;
  for (const m of text.matchAll(re)) {
    const open = m.index + m[0].length - 1;
    resources.push({ symbol: m[1]!, type: m[2]!, apiVersion: m[3]!, body: text.slice(open + 1, closing(text, open) - 1) });
  }
  return { params, vars, outputs, resources };
}

/** The resource declared under a symbol. */
export const resourceBySymbol = (bicep: Bicep, symbol: string): BicepResource | undefined =>
  bicep.resources.find((r) => r.symbol === symbol);

export interface Scope {
  params: Record<string, string>;
  /** a resource property such as endpoint.properties.hostName, known only after deployment */
  runtime: (path: string) => string;
}

/**
 * The value of a string expression: a literal with ${…} interpolations, a param or var, or a
 * resource's runtime property. Anything else (a function call) is an error: the test then needs a rule.
 */
export function evaluate(expr: string, bicep: Bicep, scope: Scope): string {
  const e = expr.trim();
  if (e.startsWith("'") && e.endsWith("'")) {
    let out = '';
    for (let i = 1; i < e.length - 1; i++) {
      const c = e[i]!;
      if (c === '\\') {
        const next = e[++i]!;
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else if (c === '$' && e[i + 1] === '{') {
        const end = closing(e, i + 1);
        out += evaluate(e.slice(i + 2, end - 1), bicep, scope);
        i = end - 1;
      } else out += c;
    }
    return out;
  }
  if (/^\w+$/.test(e)) {
    if (e in scope.params) return scope.params[e]!;
    const v = bicep.vars.get(e);
    if (v !== undefined) return evaluate(v, bicep, scope);
    const p = bicep.params.get(e);
    if (p?.defaultExpr !== undefined) return evaluate(p.defaultExpr, bicep, scope);
    throw new Error(`No value for ${e}`);
  }
  if (/^\w+(\.\w+)+$/.test(e) && resourceBySymbol(bicep, e.split('.')[0]!)) return scope.runtime(e);
  throw new Error(`Cannot evaluate ${e}`);
}
