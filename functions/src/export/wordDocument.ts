/**
 * The exports' Word documents in the municipal document style: a title page, a table of contents,
 * headings, tables and lists, a running head with the document's owner and "Sida X av Y" below.
 *
 * Written with the `docx` package rather than hand-made WordprocessingML: it writes the parts a table
 * of contents, headers, footers, page fields and bullet lists need (numbering, bookmarks, field codes,
 * section properties) and fills the contents in from the headings, so Word and LibreOffice show it
 * before anyone updates it. It runs on the server only (no bundle cost), has no runtime dependencies
 * beyond its own bundle and packs with fflate, which the project already used.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  Table,
  TableOfContents,
  TextRun,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import { textBlocks } from '@vp/shared';

/** A body element: a paragraph, a table or the table of contents. */
export type Block = Paragraph | Table | TableOfContents;

/** A stretch of text with one formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Paragraph styles of the document (styles below). */
export type ParagraphStyle = 'Normal' | 'Title' | 'Subtitle' | 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Label' | 'TableText' | 'Note';

export interface ParagraphOptions {
  style?: ParagraphStyle;
  /** keep on the same page as the next paragraph (labels before headings and tables) */
  keepNext?: boolean;
  align?: 'left' | 'right';
  /** space above the paragraph in twentieths of a point, instead of the style's */
  spaceBefore?: number;
}

/** A4 with 2.5 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1417 };
/** Text width of the page, in twentieths of a point. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Drops characters XML 1.0 does not allow, which would make Word refuse the file. */
export function printable(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** A run's text with line breaks and tabs kept (as <w:br/> and <w:tab/>). */
function textRuns(run: Run): TextRun[] {
  const lines = printable(run.text).replace(/\r\n?/g, '\n').split('\n');
  return lines.map(
    (line, i) =>
      new TextRun({
        bold: run.bold,
        italics: run.italic,
        break: i > 0 ? 1 : undefined,
        children: line.split('\t').flatMap((part, j) => [...(j > 0 ? [new Tab()] : []), ...(part ? [part] : [])]),
      }),
  );
}

export function paragraph(content: string | Run[], options: ParagraphOptions = {}): Paragraph {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  return new Paragraph({
    style: options.style && options.style !== 'Normal' ? options.style : undefined,
    keepNext: options.keepNext,
    alignment: options.align === 'right' ? AlignmentType.RIGHT : undefined,
    spacing: options.spaceBefore !== undefined ? { before: options.spaceBefore } : undefined,
    children: runs.filter((r) => r.text !== '').flatMap(textRuns),
  });
}

export function heading(level: 1 | 2 | 3 | 4, text: string, options: Omit<ParagraphOptions, 'style'> = {}): Paragraph {
  return paragraph(text, { ...options, style: `Heading${level}` });
}

/** A heading with the goal level printed above it, as the plans do ("KF:s inriktningsmål:" over "1. En modern storstad …"). */
export function labelledHeading(label: string, level: 1 | 2 | 3 | 4, text: string): Paragraph[] {
  return [paragraph(label, { style: 'Label' }), heading(level, text, { spaceBefore: 0 })];
}

/** A free text as paragraphs and bulleted lists, laid out as the tab lays it out (textBlocks). */
export function freeText(text: string): Paragraph[] {
  return textBlocks(text).flatMap((block) => (block.kind === 'list' ? bulletList(block.items) : [paragraph(block.text)]));
}

/** A paragraph with a bold lead-in, e.g. "Bedömning: Målet bedöms uppfyllas helt". */
export function labelled(label: string, text: string, options: ParagraphOptions = {}): Paragraph {
  return paragraph([{ text: `${label}: `, bold: true }, { text }], options);
}

/** A bold lead-in on its own line, kept with what follows ("Analys", "Förväntat resultat"). */
export function subheading(text: string): Paragraph {
  return paragraph([{ text, bold: true }], { keepNext: true, spaceBefore: 160 });
}

/** Short lines as a bulleted list. */
export function bulletList(lines: string[]): Paragraph[] {
  return lines.map((line) => new Paragraph({ style: 'ListBullet', numbering: { reference: BULLETS, level: 0 }, children: textRuns({ text: line }) }));
}

/** Word merges tables that touch and wants a section to end with a paragraph; this keeps both apart. */
function withTablesApart(blocks: Block[]): Block[] {
  const out = blocks.flatMap((block, i) => (block instanceof Table && blocks[i - 1] instanceof Table ? [paragraph('', { style: 'Note' }), block] : [block]));
  return out.at(-1) instanceof Table ? [...out, paragraph('')] : out;
}

const FONT = 'Arial';
const HEADING_COLOR = '1F3864';
const GREY = '595959';
const BULLETS = 'bullets';

function style(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', ...options };
}

function headingStyle(level: number, size: number, before: number): IParagraphStyleOptions {
  return style(`Heading${level}`, `heading ${level}`, {
    quickFormat: true,
    paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 120 }, outlineLevel: level - 1 },
    run: { bold: true, color: HEADING_COLOR, size },
  });
}

const paragraphStyles: IParagraphStyleOptions[] = [
  // The title page's title sits a third down the page.
  style('Title', 'Title', { quickFormat: true, paragraph: { spacing: { before: 3600, after: 240 } }, run: { bold: true, color: HEADING_COLOR, size: 44 } }),
  style('Subtitle', 'Subtitle', { quickFormat: true, paragraph: { spacing: { after: 80 } }, run: { color: GREY, size: 24 } }),
  headingStyle(1, 32, 480),
  headingStyle(2, 26, 360),
  headingStyle(3, 24, 280),
  headingStyle(4, 21, 240),
  style('Label', 'Målnivå', { paragraph: { keepNext: true, spacing: { before: 360, after: 20 } }, run: { color: GREY, size: 18 } }),
  style('TableText', 'Tabelltext', { paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } }, run: { size: 18 } }),
  style('Note', 'Notering', { paragraph: { spacing: { before: 60, after: 120 } }, run: { italics: true, color: GREY, size: 18 } }),
  style('ListBullet', 'List Bullet', { paragraph: { spacing: { after: 60 } } }),
  style('TOCHeading', 'TOC Heading', { paragraph: { spacing: { after: 240 } }, run: { bold: true, color: HEADING_COLOR, size: 32 } }),
  style('Header', 'header', { paragraph: { spacing: { after: 0 } }, run: { color: GREY, size: 16 } }),
  style('Footer', 'footer', { paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } }, run: { color: GREY, size: 16 } }),
];

function coreXml(title: string, subject: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const text = (s: string) => printable(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${text(title)}</dc:title><dc:subject>${text(subject)}</dc:subject><dc:creator>Verksamhetsplan</dc:creator><dc:language>sv-SE</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

export interface DocxContent {
  /** the document's title, in its properties */
  title: string;
  subject: string;
  /** when the content was made: the document's created date */
  created: Date;
  /** the running head on every page after the title page: the owner on the left, the document on the right */
  runningHead: [string, string];
  /** the title page */
  cover: Block[];
  /** the deepest heading level the table of contents lists */
  contentsDepth: 1 | 2 | 3 | 4;
  /** after the table of contents, from a new page */
  body: Block[];
}

/**
 * Packs a document: the title page, the table of contents on the next page (filled in from the
 * headings and refreshed by Word on opening), then the body from a new page. A4 portrait with
 * 2.5 cm margins; every page but the title page has the running head and "Sida X av Y".
 */
export async function docxFile(doc: DocxContent): Promise<Uint8Array> {
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, header: 709, footer: 567 },
  };
  const frame = (): Pick<ISectionOptions, 'headers' | 'footers'> => ({
    headers: { default: new Header({ children: [paragraphWithTab(doc.runningHead, 'Header')] }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })] })],
      }),
    },
  });
  const document = new Document({
    title: printable(doc.title),
    subject: printable(doc.subject),
    creator: 'Verksamhetsplan',
    // Word refreshes the table of contents and the page numbers when it opens the file.
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: FONT, size: 20, language: { value: 'sv-SE' } }, paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } } } },
      paragraphStyles,
    },
    numbering: {
      config: [{ reference: BULLETS, levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }],
    },
    sections: [
      {
        // The title page has no head or foot; the contents page has.
        properties: { page, titlePage: true },
        ...frame(),
        children: [
          ...doc.cover,
          new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [new TextRun('Innehåll')] }),
          new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: `1-${doc.contentsDepth}` }),
        ],
      },
      { properties: { page, type: SectionType.NEXT_PAGE }, ...frame(), children: withTablesApart(doc.body) },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(doc.title, doc.subject, doc.created) }]);
}

function paragraphWithTab([left, right]: [string, string], styleId: string): Paragraph {
  return new Paragraph({ style: styleId, tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }], children: [new TextRun({ text: printable(left) }), new TextRun({ children: [new Tab(), printable(right)] })] });
}
