/**
 * Reads back what the exports wrote: the package's part names and the body's paragraphs (style and
 * text) and tables (cell texts). For tests and for looking into a generated file; it understands the
 * subset of WordprocessingML that docx.ts writes, not arbitrary Word files.
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
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
    text += m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : unescapeXml(m[1] ?? '');
  }
  return text;
}

const PARAGRAPH = /<w:p>[\s\S]*?<\/w:p>/g;

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
  const blocks = [...part('word/document.xml').matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>/g)].map(
    ([xml]): ReadBlock => (xml.startsWith('<w:tbl>') ? { type: 'table', rows: readTable(xml) } : { type: 'p', ...readParagraph(xml) }),
  );
  return {
    parts: Object.keys(files),
    part,
    blocks,
    paragraphs: blocks.flatMap((b) => (b.type === 'p' ? [{ style: b.style, text: b.text }] : [])),
    tables: blocks.flatMap((b) => (b.type === 'table' ? [b.rows] : [])),
  };
}
