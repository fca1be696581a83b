// Smedjebacken's focus-area plan as a Word file, read back: the texts, the nämnd's goals and the
// verksamhetsmål as lists, then Fokus 1–7 with their activities and Uppföljning/redovisning, in the source's order.
import { smedjebackenData as smb } from '../seed/demo/smedjebacken';
import { demoPlanTree } from '../testing/demoPlanTree';
import { readDocx, type ReadDocx } from '../testing/docxReader';
import { planDocx } from './planDocx';

let doc: ReadDocx;
beforeAll(async () => {
  doc = readDocx(await planDocx(demoPlanTree(smb, smb), new Date('2020-02-01T09:00:00Z')));
});

const headings = () => doc.paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => p.text);
/** The body from the heading with this text up to the next heading or level label. */
function under(headingText: string) {
  const start = doc.blocks.findIndex((b) => b.type === 'p' && b.style.startsWith('Heading') && b.text === headingText);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'p' && (b.style.startsWith('Heading') || b.style === 'Label'));
  return rest.slice(0, end < 0 ? undefined : end);
}
const texts = (blocks: ReturnType<typeof under>, style?: string) => blocks.flatMap((b) => (b.type === 'p' && (!style || b.style === style) ? [b.text] : []));

it('names the plan 2020–2023, the förskola and the förvaltning on the title page', () => {
  expect(doc.paragraphs.slice(0, 3)).toEqual([
    { style: 'Title', text: 'Förskolans verksamhetsplan 2020–2023' },
    { style: 'Subtitle', text: 'Förskolan, Smedjebackens kommun' },
    { style: 'Subtitle', text: 'Familje- och utbildningsförvaltningen, Smedjebackens kommun' },
  ]);
});

it('prints the texts, the nämnd’s goals, the verksamhetsmål and Fokus 1–7 in the source’s order', () => {
  expect(headings()).toEqual([
    'Smedjebackens kommuns vision',
    'Nämndens vision',
    'Ledning och styrning',
    'Nämndens övergripande mål',
    'Verksamhetsmål 2020–2023',
    'Fokus 1: Strategisk kompetensförsörjning',
    'Fokus 2: Digitalisering',
    'Fokus 3: ESTER',
    'Fokus 4: NTA (Naturvetenskap och teknik för alla)',
    'Fokus 5: Utveckla barnens inre motivation genom motivationslyftet',
    'Fokus 6: Språkutvecklande arbetssätt',
    'Fokus 7: Barnomsorgskön hanteras av kö samordnaren',
  ]);
  expect(texts(under('Smedjebackens kommuns vision'))).toEqual(['Smedjebacken ska vara en välkomnande kommun med engagemang, trygghet och framtidstro.']);
});

it('lists the nämnd’s 8 goals and the 4 verksamhetsmål, one bullet each', () => {
  const board = texts(under('Nämndens övergripande mål'), 'ListBullet');
  expect(board).toHaveLength(8);
  expect(board[0]).toMatch(/^Barn, elever eller vuxna i behov av stöd, .* under ärendets gång\.$/);
  expect(board[1]).toMatch(/^Människors lika värde .* kulturell härkomst\.$/);
  expect(board[7]).toBe('Sjukfrånvaron ska minska.');
  expect(texts(under('Verksamhetsmål 2020–2023'), 'ListBullet')).toEqual([
    'Andelen högskoleutbildad personal ska öka i förskolan.',
    'Alla barn i förskolan ska uppleva lustfyllt lärande och uppleva att de har inflytande i sin utbildning',
    'Utbildningen ska utgå från en helhetssyn på barn och barnens behov, där omsorg, utveckling och lärande bildar en helhet',
    'Plats i förskolan ska erbjudas inom 4 månader och andelen inskrivna barn ska öka',
  ]);
});

it('prints each focus area with its Uppföljning/redovisning and its activities with the plan’s dates', () => {
  const fokus1 = under('Fokus 1: Strategisk kompetensförsörjning');
  const paragraphs = texts(fokus1);
  expect(paragraphs).toContain('Uppföljning/redovisning');
  expect(paragraphs).not.toContain('Uppföljning');
  expect(texts(fokus1, 'ListBullet')).toHaveLength(4);
  expect(texts(fokus1, 'ListBullet')[3]).toBe('Årligen kontrollera andelen behöriga förskollärare i organisationen. Detta sker i bokslutet.');
  const [table] = fokus1.flatMap((b) => (b.type === 'table' ? [b.rows] : []));
  expect(table![0]).toEqual(['Aktivitet', 'Startdatum', 'Slutdatum', 'Ansvarig', 'Resurser']);
  expect(table!.slice(1).map((row) => row.slice(0, 3))).toEqual(
    smb.activities.filter((a) => a.parentId === 'smb-fokus-1').map((a) => [a.text, '2020-01-01', '2023-12-31']),
  );
  const fokus7 = under('Fokus 7: Barnomsorgskön hanteras av kö samordnaren');
  expect(texts(fokus7, 'ListBullet')).toEqual(['Avrapporteras kontinuerligt till förvaltningschef och nämnd.']);
  const [queue] = fokus7.flatMap((b) => (b.type === 'table' ? [b.rows] : []));
  expect(queue![1]![3]).toBe('kö samordnaren i samarbete med rektorer');
});
