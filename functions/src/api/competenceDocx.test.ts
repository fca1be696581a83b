import { startApiHost, type ApiHost } from '../testing/apiHost';
import { readDocx, type ReadBlock } from '../testing/docxReader';

let api: ApiHost;
beforeAll(async () => {
  api = await startApiHost();
});
afterAll(() => api.stop());

const path = '/forvaltningar/hagersten-alvsjo/competence/2023.docx';
const read = async () => readDocx(new Uint8Array(await (await api.call(path)).arrayBuffer()));

/** The body from the first avdelning on: headings by style and tables by their rows. */
const outline = (blocks: ReadBlock[]) =>
  blocks.filter((b) => b.type === 'table' || b.style === 'Heading1' || b.style === 'Heading2').map((b) => (b.type === 'table' ? `table ${b.rows.length - 1}` : `${b.style} ${b.text}`));

describe('the competence-supply plan as a Word document', () => {
  it('has per avdelning a table per UBARA category, in the plan’s order, with a Swedish file name', async () => {
    const response = await api.call(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Kompetensf%C3%B6rs%C3%B6rjningsplan%202023%20");
    const doc = readDocx(new Uint8Array(await response.arrayBuffer()));
    expect(doc.paragraphs[0]!.text).toMatch(/^Kompetensförsörjningsplan 2023 – /);
    const parts = outline(doc.blocks);
    expect(parts.slice(0, 13)).toEqual([
      'Heading1 Avdelning förskola',
      'Heading2 Utveckla',
      'table 4',
      'Heading2 Behålla',
      'table 2',
      'Heading2 Attrahera',
      'table 4',
      'Heading2 Rekrytera',
      'table 1',
      'Heading2 Introducera',
      'table 1',
      'Heading2 Avsluta',
      'table 1',
    ]);
    expect(parts.filter((p) => p.startsWith('Heading1'))).toEqual(['Heading1 Avdelning förskola', 'Heading1 Äldreomsorgen', 'Heading1 Social omsorg', 'Heading1 Samhällsplanering och intern service']);
    expect(doc.tables[0]![0]).toEqual(['Vad ska vi uppnå?', 'Aktivitet', 'Måldatum', 'Ansvarig', 'Resurser', 'Uppföljning']);
    expect(doc.tables[0]![1]).toEqual([
      'Förskollärarens kompetens att leda kollegor i arbetslaget i syfte att säkerställa att undervisning bedrivs i enlighet med målen i läroplanen',
      'Kompetenshöjande insatser för rektorer, förskollärare och arbetslag kopplade till pedagogiskt ledarskap utifrån läroplansuppdraget',
      '2023',
      'Avdelningschef förskola\nRektor',
      'Utvecklingsenheten',
      'Tertial 1 och 2 samt VB',
    ]);
    expect(doc.tables.flat()).toContainEqual([
      'VP-mål: Nämndmål: Stadsdelsnämnden har en stark rådighet över samhällsviktiga funktioner och välfärdsverksamheter',
      'Förbättra konsumentvägledningen/ta tillbaka i egen regi\nInförliva i budget- och skuldrådgivarnas uppdrag',
      '',
      'Enhetschef Medaborgarservice',
      '',
      '',
    ]);
  });

  it('adds a section per period that has been followed up: the roll-up as the API counts it, and per avdelning each row’s status and comment', async () => {
    const followUp = '/forvaltningar/hagersten-alvsjo/competence/2023/followup/T2';
    const before = outline((await read()).blocks);
    expect(before.filter((p) => p.includes('Uppföljning'))).toEqual([]);
    const eTag = (await api.call(followUp)).headers.get('etag')!;
    const saved = await api.call(followUp, {
      method: 'PATCH',
      as: 'dev-avdelningschef',
      headers: { 'if-match': eTag },
      body: JSON.stringify({ entries: [{ rowId: 'comp-forskola-01', status: 'ongoing', comment: 'Två utbildningsdagar kvar' }, { rowId: 'comp-aldre-01', comment: 'Bara en kommentar' }] }),
    });
    expect(saved.status).toBe(200);
    const view = (await saved.json()) as { rollup: { rows: number; total: Record<string, number>; categories: { category: string; rows: number; counts: Record<string, number> }[] } };
    const doc = await read();
    const parts = outline(doc.blocks);
    // The plan as before, then only T2's section (T1 and VB have no follow-up).
    expect(parts.slice(0, before.length)).toEqual(before);
    expect(parts.slice(before.length)).toEqual([
      'Heading1 Uppföljning tertial 2',
      'table 7',
      'Heading2 Avdelning förskola',
      'table 13',
      'Heading2 Äldreomsorgen',
      expect.stringMatching(/^table /),
      'Heading2 Social omsorg',
      expect.stringMatching(/^table /),
      'Heading2 Samhällsplanering och intern service',
      expect.stringMatching(/^table /),
    ]);
    const [rollup, forskola, aldre] = doc.tables.slice(-5);
    const counts = (c: Record<string, number>) => [c.notStarted, c.ongoing, c.done, c.cancelled, c.missing].map(String);
    expect(rollup).toEqual([
      ['Kategori', 'Rader', 'Ej påbörjad', 'Pågående', 'Avslutad', 'Inställd', 'Ej uppföljd'],
      ...view.rollup.categories.map((c) => [expect.any(String), String(c.rows), ...counts(c.counts)]),
      ['Alla rader', String(view.rollup.rows), ...counts(view.rollup.total)],
    ]);
    expect(rollup!.at(-1)).toEqual(['Alla rader', '53', '0', '1', '0', '0', '52']);
    expect(forskola![0]).toEqual(['Aktivitet', 'Status', 'Kommentar']);
    expect(forskola![1]).toEqual([expect.stringMatching(/^Kompetenshöjande insatser/), 'Pågående', 'Två utbildningsdagar kvar']);
    expect(forskola![2]![1]).toBe('Ej uppföljd');
    expect(aldre![1]!.slice(1)).toEqual(['Ej uppföljd', 'Bara en kommentar']);
  });

  it('shows an edit in the next download, and answers a malformed year 400', async () => {
    const rows = (await (await api.call('/forvaltningar/hagersten-alvsjo/competence/2023')).json()) as { id: string; eTag: string }[];
    const first = rows.find((r) => r.id === 'comp-forskola-01')!;
    const changed = await api.call('/forvaltningar/hagersten-alvsjo/competence/2023/comp-forskola-01', {
      method: 'PATCH',
      as: 'dev-avdelningschef',
      headers: { 'if-match': first.eTag },
      body: JSON.stringify({ followUp: 'Tertial 2' }),
    });
    expect(changed.status).toBe(200);
    expect((await read()).tables[0]![1]![5]).toBe('Tertial 2');
    expect((await api.call('/forvaltningar/hagersten-alvsjo/competence/20x3.docx')).status).toBe(400);
    expect((await api.call('/forvaltningar/finns-inte/competence/2023.docx')).status).toBe(404);
  });
});
