/**
 * A small WordprocessingML (.docx) writer: paragraphs, headings and tables as XML strings, packed
 * with fflate into the parts Word and LibreOffice need (content types, relationships, document,
 * styles, settings, footer, core and app properties). Only what the exports use; no images or lists.
 */
import { strToU8, zipSync } from 'fflate';

/** A body element (paragraph or table) as WordprocessingML. */
export type Block = { kind: 'p' | 'tbl'; xml: string };

/** A stretch of text with one formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Paragraph styles defined in styles.xml. */
export type ParagraphStyle = 'Normal' | 'Title' | 'Subtitle' | 'Heading1' | 'Heading2' | 'Heading3' | 'Heading4' | 'Label' | 'TableText' | 'Note';

export interface ParagraphOptions {
  style?: ParagraphStyle;
  /** keep on the same page as the next paragraph (labels before headings and tables) */
  keepNext?: boolean;
  align?: 'left' | 'right';
  /** space above the paragraph in twentieths of a point, instead of the style's */
  spaceBefore?: number;
}

/** Text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1417;

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Escapes text for XML and drops characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function runXml(run: Run): string {
  const props = `${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}`;
  // Line breaks and tabs inside a run become <w:br/> and <w:tab/>.
  const content = run.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ''))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

export function paragraphXml(content: string | Run[], options: ParagraphOptions = {}): string {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  const props = [
    options.style && options.style !== 'Normal' ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.keepNext ? '<w:keepNext/>' : '',
    options.spaceBefore !== undefined ? `<w:spacing w:before="${options.spaceBefore}"/>` : '',
    options.align === 'right' ? '<w:jc w:val="right"/>' : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs.filter((r) => r.text !== '').map(runXml).join('')}</w:p>`;
}

export function paragraph(content: string | Run[], options: ParagraphOptions = {}): Block {
  return { kind: 'p', xml: paragraphXml(content, options) };
}

export function heading(level: 1 | 2 | 3 | 4, text: string, options: Omit<ParagraphOptions, 'style'> = {}): Block {
  return paragraph(text, { ...options, style: `Heading${level}` });
}

/** A heading with the goal level printed above it, as the plans do ("KF:s inriktningsmål:" over "1. En modern storstad …"). */
export function labelledHeading(label: string, level: 1 | 2 | 3 | 4, text: string): Block[] {
  return [paragraph(label, { style: 'Label' }), heading(level, text, { spaceBefore: 0 })];
}

/** A free text as paragraphs: blank lines separate paragraphs, single line breaks are kept. */
export function textParagraphs(text: string, options: ParagraphOptions = {}): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => paragraph(p, options));
}

/** A paragraph with a bold lead-in, e.g. "Bedömning: Målet bedöms uppfyllas helt". */
export function labelled(label: string, text: string, options: ParagraphOptions = {}): Block {
  return paragraph([{ text: `${label}: `, bold: true }, { text }], options);
}

/** Word merges tables that touch and wants the body to end with a paragraph; this keeps both apart. */
function bodyXml(blocks: Block[]): string {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'tbl' && blocks[i - 1]?.kind === 'tbl') out.push(paragraphXml('', { style: 'Note' }));
    out.push(block.xml);
  });
  if (blocks.at(-1)?.kind !== 'p') out.push(paragraphXml(''));
  return out.join('');
}

const FONT = 'Arial';

function paragraphStyle(id: string, name: string, pPr: string, rPr: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
}

function headingStyle(level: number, halfPoints: number, before: number): string {
  return paragraphStyle(
    `Heading${level}`,
    `heading ${level}`,
    `<w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
    `<w:b/><w:color w:val="1F3864"/><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`,
    '<w:uiPriority w:val="9"/><w:qFormat/>',
  );
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}>
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
${paragraphStyle('Title', 'Title', '<w:spacing w:before="0" w:after="120"/>', '<w:b/><w:color w:val="1F3864"/><w:sz w:val="40"/><w:szCs w:val="40"/>', '<w:qFormat/>')}
${paragraphStyle('Subtitle', 'Subtitle', '<w:spacing w:after="60"/>', '<w:color w:val="595959"/><w:sz w:val="22"/><w:szCs w:val="22"/>', '<w:qFormat/>')}
${headingStyle(1, 32, 480)}
${headingStyle(2, 26, 360)}
${headingStyle(3, 24, 280)}
${headingStyle(4, 21, 240)}
${paragraphStyle('Label', 'Målnivå', '<w:keepNext/><w:spacing w:before="360" w:after="20"/>', '<w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>')}
${paragraphStyle('TableText', 'Tabelltext', '<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>')}
${paragraphStyle('Note', 'Notering', '<w:spacing w:before="60" w:after="120"/>', '<w:i/><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/>')}
${paragraphStyle('Footer', 'footer', '<w:tabs><w:tab w:val="right" w:pos="' + TEXT_WIDTH + '"/></w:tabs><w:spacing w:after="0"/>', '<w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>')}
</w:styles>`;

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings ${W_NS}><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="sv-SE"/></w:settings>`;

function footerXml(text: string): string {
  const field = (instr: string) => `<w:fldSimple w:instr=" ${instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${runXml({ text: `${text}\t` })}<w:r><w:t xml:space="preserve">Sida </w:t></w:r>${field('PAGE')}<w:r><w:t xml:space="preserve"> av </w:t></w:r>${field('NUMPAGES')}</w:p></w:ftr>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>`;

function coreXml(title: string, subject: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:subject>${escapeXml(subject)}</dc:subject><dc:language>sv-SE</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

const APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Verksamhetsplan</Application></Properties>`;

export interface DocxContent {
  /** document title: core properties and footer */
  title: string;
  subject: string;
  created: Date;
  body: Block[];
}

/** Packs the body into a .docx file (A4 portrait, 2.5 cm margins, footer with title and page numbers). */
export function docxFile(doc: DocxContent): Uint8Array {
  const sectPr = `<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="709" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${bodyXml(doc.body)}${sectPr}</w:body></w:document>`;
  const part = (xml: string) => strToU8(xml);
  // Zip entries carry local time; a fixed date keeps equal content byte-equal.
  return zipSync(
    {
      '[Content_Types].xml': part(CONTENT_TYPES),
      '_rels/.rels': part(PACKAGE_RELS),
      'docProps/core.xml': part(coreXml(doc.title, doc.subject, doc.created)),
      'docProps/app.xml': part(APP),
      'word/document.xml': part(document),
      'word/_rels/document.xml.rels': part(DOCUMENT_RELS),
      'word/styles.xml': part(STYLES),
      'word/settings.xml': part(SETTINGS),
      'word/footer1.xml': part(footerXml(doc.title)),
    },
    { level: 6, mtime: new Date(2000, 0, 1) },
  );
}
