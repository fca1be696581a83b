/**
 * @jest-environment jsdom
 */
// jsdom's DOMParser is a strict XML parser: every part the writer produces must be well-formed.
import { TextEncoder } from 'node:util';
import { bulletList, docxFile, heading, labelled, paragraph, printable, subheading, freeText } from './wordDocument';
import { readDocx } from '../testing/docxReader';
import { table } from './table';

interface XmlParser {
  parseFromString(xml: string, type: 'application/xml'): { getElementsByTagName(name: string): ArrayLike<unknown> };
}
// The test tsconfig has no DOM types; the jsdom environment provides the parser.
const { DOMParser } = globalThis as unknown as { DOMParser: new () => XmlParser };
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
// jsdom leaves out the TextEncoder the docx package writes its parts with.
Object.assign(globalThis, { TextEncoder });

function file() {
  return docxFile({
    title: 'Prov & <test>',
    subject: 'Ämne',
    created: new Date('2021-05-03T08:00:00Z'),
    runningHead: ['Enheten & co', 'Verksamhetsplan 2021'],
    contentsDepth: 2,
    cover: [paragraph('Titel', { style: 'Title' }), paragraph('Undertitel', { style: 'Subtitle' })],
    body: [
      heading(1, 'Rubrik "1" & <2>'),
      ...freeText('Stycke ett\nmed radbrytning\toch tabb.\n\n\nStycke två\u0007 med styrtecken.\n\n- punkt ett\n- punkt två'),
      labelled('Bedömning', 'Uppfyllt'),
      subheading('Förväntat resultat'),
      ...bulletList(['Första', 'Andra']),
      heading(2, 'Tabeller'),
      heading(3, 'Inte i innehållet'),
      table([{ header: 'A', width: 1 }, { header: 'B', width: 2, align: 'right' }], [['1', '2'], ['x']]),
      table([{ header: 'C', width: 1 }], [[[{ text: 'kursiv', italic: true }]]], { totalRow: true }),
    ],
  });
}

it('writes well-formed XML in every part', async () => {
  expect(parse('<a>&</a>').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  const doc = readDocx(await file());
  for (const name of doc.parts.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const xml = parse(doc.part(name));
    expect({ name, errors: xml.getElementsByTagName('parsererror').length }).toEqual({ name, errors: 0 });
  }
});

it('keeps text, line breaks and tabs, escapes markup and drops control characters', async () => {
  const doc = readDocx(await file());
  const body = doc.paragraphs.slice(doc.paragraphs.findIndex((p) => p.style === 'Heading1'));
  expect(body.slice(0, 9)).toEqual([
    { style: 'Heading1', text: 'Rubrik "1" & <2>' },
    { style: 'Normal', text: 'Stycke ett\nmed radbrytning\toch tabb.' },
    { style: 'Normal', text: 'Stycke två med styrtecken.' },
    { style: 'ListBullet', text: 'punkt ett' },
    { style: 'ListBullet', text: 'punkt två' },
    { style: 'Normal', text: 'Bedömning: Uppfyllt' },
    { style: 'Normal', text: 'Förväntat resultat' },
    { style: 'ListBullet', text: 'Första' },
    { style: 'ListBullet', text: 'Andra' },
  ]);
  expect(printable('a\u0000b\uD800c')).toBe('abc');
});

it('lists with bullets from the numbering part', async () => {
  const doc = readDocx(await file());
  const list = doc.part('word/document.xml').match(/<w:p><w:pPr><w:pStyle w:val="ListBullet"\/>.*?<\/w:pPr>/)![0];
  const numId = /<w:numId w:val="(\d+)"\/>/.exec(list)![1];
  const numbering = doc.part('word/numbering.xml');
  const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
  expect(numbering).toMatch(new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}".*?<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>`));
});

it('pads short rows, and keeps adjacent tables apart and the body ending in a paragraph', async () => {
  const doc = readDocx(await file());
  expect(doc.tables).toEqual([
    [['A', 'B'], ['1', '2'], ['x', '']],
    [['C'], ['kursiv']],
  ]);
  expect(doc.blocks.map((b) => b.type).slice(-4)).toEqual(['table', 'p', 'table', 'p']);
});

it('opens with the title page, then a table of contents Word refreshes on opening, then the body on a new page', async () => {
  const doc = readDocx(await file());
  expect(doc.paragraphs.slice(0, 3)).toEqual([
    { style: 'Title', text: 'Titel' },
    { style: 'Subtitle', text: 'Undertitel' },
    { style: 'TOCHeading', text: 'Innehåll' },
  ]);
  const xml = doc.part('word/document.xml');
  expect(xml).toMatch(/<w:pStyle w:val="TOCHeading"\/><w:pageBreakBefore\/>/);
  // The field, with the entries filled in from the headings 1–2 as links to them
  expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
  const entries = doc.paragraphs.filter((p) => p.style.startsWith('TOC') && p.style !== 'TOCHeading');
  expect(entries.map((p) => [p.style, p.text.replace(/^\{TOC[^}]*\}/, '').replace(/\t.*$/, '')])).toEqual([
    ['TOC1', 'Rubrik "1" & <2>'],
    ['TOC2', 'Tabeller'],
  ]);
  expect(doc.part('word/settings.xml')).toContain('<w:updateFields/>');
  // Two sections: the title page and contents, then the body from a new page.
  const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
  expect(sections).toHaveLength(2);
  expect(sections[0]).toContain('<w:titlePg/>');
  expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
  for (const s of sections) expect(s).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
});

it('heads every page but the title page with the owner and the document, and numbers them "Sida X av Y"', async () => {
  const doc = readDocx(await file());
  expect(doc.headers).toEqual({ default: ['Enheten & co\tVerksamhetsplan 2021', 'Enheten & co\tVerksamhetsplan 2021'] });
  expect(doc.footers).toEqual({ default: ['Sida {PAGE} av {NUMPAGES}', 'Sida {PAGE} av {NUMPAGES}'] });
  expect(doc.part('docProps/core.xml')).toContain('<dc:title>Prov &amp; &lt;test&gt;</dc:title>');
  expect(doc.part('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-05-03T08:00:00Z</dcterms:created>');
});
