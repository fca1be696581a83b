/**
 * Reads back what the exports wrote: the package's part names, the body's paragraphs (style and text)
 * and tables (cell texts), and the running heads and feet. For tests and for looking into a generated
 * file; it understands the WordprocessingML the exports write, not arbitrary Word files. A field reads
 * as its instruction in braces ("Sida {PAGE} av {NUMPAGES}"), followed by any result written with it.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface ReadParagraph {
  style: string;
  text: string;
}

export type ReadBlock = ({ type: 'p' } & ReadParagraph) | { type: 'table'; rows: string[][] };

export interface ReadDocx {
  parts: string[];
  part(name: string): string;
  /** the body in order: paragraphs, and tables as rows of cell texts (a cell's paragraphs joined by a line break) */
  blocks: ReadBlock[];
  /** the paragraphs outside tables */
  paragraphs: ReadParagraph[];
  tables: string[][][];
  /** the texts of the headers and footers the sections use, by kind (default, first) */
  headers: Record<string, string[]>;
  footers: Record<string, string[]>;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:instrText(?: [^>]*)?>([^<]*)<\/w:instrText>|<w:br\/>|<w:tab\/>/g)) {
    if (m[0] === '<w:br/>') text += '\n';
    else if (m[0] === '<w:tab/>') text += '\t';
    else if (m[2] !== undefined) text += `{${unescapeXml(m[2]).trim()}}`;
    else text += unescapeXml(m[1] ?? '');
  }
  return text;
}

const PARAGRAPH = /<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g;

function readParagraph(xml: string): ReadParagraph {
  return { style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? 'Normal', text: paragraphText(xml) };
}

function readTable(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => [...cell.matchAll(PARAGRAPH)].map(([p]) => paragraphText(p)).join('\n')),
  );
}

export function readDocx(file: Uint8Array): ReadDocx {
  const files = unzipSync(file);
  const part = (name: string) => {
    const bytes = files[name];
    if (!bytes) throw new Error(`${name} saknas i paketet`);
    return strFromU8(bytes);
  };
  const document = part('word/document.xml');
  const blocks = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(
    ([xml]): ReadBlock => (xml.startsWith('<w:tbl>') ? { type: 'table', rows: readTable(xml) } : { type: 'p', ...readParagraph(xml) }),
  );
  // Which part each relationship id names, to follow the sections' header and footer references.
  const targets = new Map(
    [...part('word/_rels/document.xml.rels').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map(([, id, target]) => [id!, `word/${target}`]),
  );
  const references = (kind: 'header' | 'footer') => {
    const byType: Record<string, string[]> = {};
    for (const [, type, id] of document.matchAll(new RegExp(`<w:${kind}Reference w:type="(\\w+)" r:id="([^"]+)"/>`, 'g'))) {
      const text = [...part(targets.get(id!)!).matchAll(PARAGRAPH)].map(([p]) => paragraphText(p)).join('\n');
      (byType[type!] ??= []).push(text);
    }
    return byType;
  };
  return {
    parts: Object.keys(files),
    part,
    blocks,
    paragraphs: blocks.flatMap((b) => (b.type === 'p' ? [{ style: b.style, text: b.text }] : [])),
    tables: blocks.flatMap((b) => (b.type === 'table' ? [b.rows] : [])),
    headers: references('header'),
    footers: references('footer'),
  };
}
