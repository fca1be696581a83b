import { startApiHost, type ApiHost } from '../testing/apiHost';
import { readDocx, type ReadBlock } from '../testing/docxReader';

let api: ApiHost;
beforeAll(async () => {
  api = await startApiHost();
});
afterAll(() => api.stop());

const path = '/forvaltningar/sodertalje-uk/ska/forskola/2018.docx';
const read = async (p = path) => readDocx(new Uint8Array(await (await api.call(p)).arrayBuffer()));

/** Headings by level, tables by their number of rows. */
const outline = (blocks: ReadBlock[], levels = ['Heading1', 'Heading2']) =>
  blocks.filter((b) => b.type === 'table' || levels.includes(b.style)).map((b) => (b.type === 'table' ? `table ${b.rows.length}` : `${b.style} ${b.text}`));

describe('the plan for systematic quality work as a Word document', () => {
  it('follows the plan: Resultat, Självskattning, Analys, Förbättrings- och utvecklingsområden; Swedish file name', async () => {
    const response = await api.call(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Systematiskt%20kvalitetsarbete%202018-2019%20F%C3%B6rskolan");
    const doc = readDocx(new Uint8Array(await response.arrayBuffer()));
    expect(doc.paragraphs[0]!.text).toBe('Plan för systematiskt kvalitetsarbete 2018/2019 – Förskolan');
    expect(outline(doc.blocks).filter((p) => !p.startsWith('table'))).toEqual([
      'Heading1 Resultat',
      'Heading2 Uppföljning av förbättringsområden, läsåret 2017/2018',
      'Heading2 Uppföljning av utvecklingsområden, läsåret 2017/2018',
      'Heading2 Uppföljning av arbetet med förskolans prioriterade kunskapsområden',
      'Heading1 Självskattning',
      'Heading2 Uppföljning av strategier för högre måluppfyllelse',
      'Heading1 Analys',
      'Heading2 Analys utifrån ett historiskt och jämförande perspektiv',
      'Heading2 Analys utifrån ett organisations- och ledningsperspektiv',
      'Heading2 Analys utifrån ett resurs- och kompetensperspektiv',
      'Heading2 Analys utifrån ett metod- och forskningsperspektiv',
      'Heading2 Analys utifrån ett likvärdighetsperspektiv',
      'Heading1 Förbättrings- och utvecklingsområden',
      'Heading2 Förbättringsområden, läsåret 2018/2019',
      'Heading2 Utvecklingsområden, läsåret 2018/2019',
    ]);
    const h3 = doc.paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(h3.slice(0, 6)).toEqual([
      'Förbättringsområde 1 Språk- och kunskapsutvecklande arbetssätt utifrån social hållbarhet',
      'Förbättringsområde 2 Hållbar utveckling utifrån ett ekologiskt perspektiv',
      'Utvecklingsområde 1 Pedagogisk ledning',
      'Utvecklingsområde 2 Lärande organisation',
      'Utvecklingsområde 3 Mål- och resultatstyrning',
      'Utvecklingsområde 4 Kvalitet i undervisningen',
    ]);
    expect(h3.slice(6)).toEqual([
      'Språkutveckling', 'Lek och samspel', 'Naturvetenskap och teknik', 'Matematik',
      'Pedagogisk ledning', 'Lärande organisation', 'Mål- och resultatstyrning', 'Kvalité i lärandet',
      'Förbättringsområde Språk- och kunskapsutvecklande arbetssätt',
      'Utvecklingsområde 1 Pedagogisk ledning', 'Utvecklingsområde 2 Lärande organisation', 'Utvecklingsområde 3 Mål- och resultatstyrning', 'Utvecklingsområde 4 Stärka kvalitén i undervisningen',
    ]);
  });

  it('prints the results per area with the total and where it comes from, and the totals per läsår', async () => {
    const doc = await read();
    const [sprak] = doc.tables;
    expect(sprak![0]).toEqual(['Enhet', 'Pojkar', 'Flickor', 'Totalt']);
    expect(sprak!).toHaveLength(1 + 13 + 1);
    const pct = (...xs: string[]) => xs.map((x) => `${x}\u00a0%`);
    expect(sprak![1]).toEqual(['Brunnsäng/Grusåsen', ...pct('89,1', '98,3', '93')]);
    expect(sprak![14]).toEqual(['Totalt 2017/18', ...pct('85,4', '89,7', '87,7')]);
    const notes = doc.paragraphs.filter((p) => p.style === 'Note').map((p) => p.text);
    expect(notes).toContain('Totalt är värdet planen redovisar (enheternas antal saknas); medelvärdet av enheternas andelar är 87,9\u00a0%, där varje enhet väger lika.');
    const history = doc.tables.find((t) => t[0]![0] === 'Läsår')!;
    expect(history[0]).toEqual(['Läsår', 'Språkutveckling', 'Lek och samspel', 'Naturvetenskap och teknik', 'Matematik']);
    expect(history.map((r) => r[0])).toEqual(['Läsår', ...[2017, 2016, 2015, 2014, 2013, 2012, 2011].map((y) => `Totalt ${y}/${String(y + 1).slice(2)}`)]);
    expect(history.at(-1)).toEqual(['Totalt 2011/12', ...pct('84,6', '86,5', '80,7', '87,3')]);
  });

  it('prints the self-assessment: the scale, per strategy the criteria and the roles’ scores, the computed average and where the printed one differs', async () => {
    const doc = await read();
    expect(doc.paragraphs.map((p) => p.text)).toContain('1 motsvarar har långt kvar innan vi kan uppnå kriteriet');
    const ledning = doc.tables.find((t) => t[0]![0] === 'Normalläge')!;
    expect(ledning[0]).toEqual(['Normalläge', 'FL 2018', 'VC 2018']);
    expect(ledning[1]).toEqual(['1. Ledningen är i ord och handling tydlig med mål och verksamhetsidé och kunskap om hur mål och verksamhetsidé omsätts i undervisningen.', '3,94', '3,85']);
    expect(ledning.at(-1)).toEqual(['Genomsnitt för pedagogisk ledning', '3,98', '3,60']);
    const kvalite = doc.tables.filter((t) => t[0]![0] === 'Normalläge')[3]!;
    expect(kvalite.at(-1)).toEqual(['Genomsnitt för kvalité i lärandet', '3,55', '3,79']);
    expect(doc.paragraphs.map((p) => p.text)).toContain('Genomsnittet är räknat ur kriteriernas värden; FL 2018: planen redovisar 3,54 (ur oavrundade skattningar).');
  });

  it('prints the analysis and the areas with their labels, and an edit in the next download', async () => {
    const plan = (await (await api.call('/forvaltningar/sodertalje-uk/ska/forskola/2018')).json()) as { areas: { id: string; eTag: string }[] };
    const texts = (await read()).paragraphs.map((p) => p.text);
    const perspective = (heading: string) => texts[texts.indexOf(heading) + 1];
    expect(perspective('Analys utifrån ett organisations- och ledningsperspektiv')).toMatch(/^Verksamhetschefen för förskola byttes i september 2018\. /);
    expect(perspective('Analys utifrån ett likvärdighetsperspektiv')).toMatch(/^Att arbeta för en likvärdig förskola /);
    expect(texts).toEqual(expect.arrayContaining(['Spår i undervisningen', 'Spår och bevis', 'Önskvärd kvalitet', 'Bakgrund till avgränsningen', 'Vidtagna åtgärder', 'Framtida behov', 'Bedömning']));
    const changed = await api.call(`/forvaltningar/sodertalje-uk/ska/forskola/2018/areas/${plan.areas[1]!.id}`, {
      method: 'PATCH',
      as: 'dev-verksamhetschef-sdt',
      headers: { 'if-match': plan.areas[1]!.eTag },
      body: JSON.stringify({ timeline: 'Två läsår, till våren 2020.' }),
    });
    expect(changed.status).toBe(200);
    expect((await read()).paragraphs.map((p) => p.text)).toContain('Två läsår, till våren 2020.');
  });

  it('prints the municipality’s plan with its own roles and the förskola’s area under its heading; answers bad addresses', async () => {
    const doc = await read('/forvaltningar/sodertalje-uk/ska/kommun/2018.docx');
    expect(doc.paragraphs[0]!.text).toBe('Plan för systematiskt kvalitetsarbete 2018/2019 – Utbildningskontoret');
    expect(doc.tables.find((t) => t[0]![0] === 'Normalläge')![0]).toEqual(['Normalläge', 'U 2018', 'VC 2018']);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['Förskolans förbättringsområde', 'Förväntade effekter', 'Ingen analys i planen.']));
    expect((await api.call('/forvaltningar/sodertalje-uk/ska/forskola/20x8.docx')).status).toBe(400);
    expect((await api.call('/forvaltningar/sodertalje-uk/ska/skola/2018.docx')).status).toBe(404);
    expect((await api.call('/forvaltningar/finns-inte/ska/forskola/2018.docx')).status).toBe(404);
  });

  it('prints the spread across the units that scored themselves, per criterion they scored, under its strategy', async () => {
    const spreadTables = (blocks: ReadBlock[]) => blocks.filter((b) => b.type === 'table' && b.rows[0]![0] === 'Kriterium');
    expect(spreadTables((await read()).blocks)).toEqual([]);
    const score = async (unit: string, as: string, scores: { strategy: string; criterion: number; score: number }[]) => {
      const response = await api.call(`/units/${unit}/ska/forskola/2018`, { method: 'PATCH', as, body: JSON.stringify({ scores }) });
      expect(response.status).toBe(200);
    };
    await score('sdt-ronna-karlhov', 'dev-forskolechef-sdt', [
      { strategy: 'larandeOrganisation', criterion: 1, score: 2 },
      { strategy: 'larandeOrganisation', criterion: 3, score: 4 },
    ]);
    await score('sdt-tveta', 'dev-verksamhetschef-sdt', [{ strategy: 'larandeOrganisation', criterion: 1, score: 5 }]);
    const doc = await read();
    const tables = spreadTables(doc.blocks);
    // Only Lärande organisation was scored by units; its criteria 2 and 4 by none.
    expect(tables).toHaveLength(1);
    const rows = (tables[0] as Extract<ReadBlock, { type: 'table' }>).rows;
    expect(rows).toEqual([
      ['Kriterium', 'Enheter', 'Lägst', 'Högst', '1', '2', '3', '4', '5'],
      ['1.', '2', '2', '5', '0', '1', '0', '0', '1'],
      ['3.', '1', '4', '4', '0', '0', '0', '1', '0'],
      // Ronna/Karlhov's average (2 + 4) / 2 = 3, Tveta's 5.
      ['Genomsnitt för lärande organisation', '2', '3,00', '5,00', '', '', '', '', ''],
    ]);
    const texts = doc.blocks.map((b) => (b.type === 'table' ? `table ${b.rows[0]![0]}` : b.text));
    const at = texts.indexOf('Lärande organisation');
    expect(texts.slice(at, at + 4)).toEqual([
      'Lärande organisation',
      'table Normalläge',
      'Spridning mellan enheterna: 2 enheter har skattat sig själva (FL = förskolans ledningsgrupp); antal enheter per skattning 1–5.',
      'table Kriterium',
    ]);
  });
});
