/**
 * @jest-environment jsdom
 */
// jsdom's DOMParser is a strict XML parser: every part the writer produces must be well-formed.
import { docxFile, escapeXml, heading, labelled, paragraph, textParagraphs } from './docx';
import { readDocx } from '../testing/docxReader';
import { table } from './table';

interface XmlParser {
  parseFromString(xml: string, type: 'application/xml'): { getElementsByTagName(name: string): ArrayLike<unknown> };
}
// The test tsconfig has no DOM types; the jsdom environment provides the parser.
const { DOMParser } = globalThis as unknown as { DOMParser: new () => XmlParser };
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

function file() {
  return docxFile({
    title: 'Prov & <test>',
    subject: 'Ämne',
    created: new Date('2021-05-03T08:00:00Z'),
    body: [
      paragraph('Titel', { style: 'Title' }),
      heading(1, 'Rubrik "1" & <2>'),
      ...textParagraphs('Stycke ett\nmed radbrytning\toch tabb.\n\n\nStycke två\u0007 med styrtecken.'),
      labelled('Bedömning', 'Uppfyllt'),
      table([{ header: 'A', width: 1 }, { header: 'B', width: 2, align: 'right' }], [['1', '2'], ['x']]),
      table([{ header: 'C', width: 1 }], [[[{ text: 'kursiv', italic: true }]]], { totalRow: true }),
    ],
  });
}

it('writes well-formed XML in every part', () => {
  expect(parse('<a>&</a>').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  const doc = readDocx(file());
  for (const name of doc.parts) {
    const xml = parse(doc.part(name));
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  }
});

it('keeps text, line breaks and tabs, escapes markup and drops control characters', () => {
  const doc = readDocx(file());
  expect(doc.paragraphs.slice(0, 5)).toEqual([
    { style: 'Title', text: 'Titel' },
    { style: 'Heading1', text: 'Rubrik "1" & <2>' },
    { style: 'Normal', text: 'Stycke ett\nmed radbrytning\toch tabb.' },
    { style: 'Normal', text: 'Stycke två med styrtecken.' },
    { style: 'Normal', text: 'Bedömning: Uppfyllt' },
  ]);
  expect(escapeXml('a\u0000b\uD800c')).toBe('abc');
});

it('pads short rows, and keeps adjacent tables apart and the body ending in a paragraph', () => {
  const doc = readDocx(file());
  expect(doc.tables).toEqual([
    [['A', 'B'], ['1', '2'], ['x', '']],
    [['C'], ['kursiv']],
  ]);
  expect(doc.blocks.map((b) => b.type).slice(-4)).toEqual(['table', 'p', 'table', 'p']);
});
