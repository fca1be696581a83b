import { itemSchemas, parentLevelOf, unitOwnedLevels } from '@vp/shared';
import type { Goal } from '@vp/shared';
import { demoSlices } from '.';
import { demoGroupIds } from './groups';
import { smedjebackenData as smb } from './smedjebacken';

const forvaltningId = 'smedjebacken-fuf';
const unitId = 'smedjebacken-forskolan';

const level = (l: Goal['level']) => smb.goals.filter((g) => g.level === l);
const focus = (n: number) => {
  const g = smb.goals.find((x) => x.number === `Fokus ${n}`);
  if (!g) throw new Error(`missing Fokus ${n}`);
  return g;
};
const activitiesOf = (goalId: string) => smb.activities.filter((a) => a.parentId === goalId);
const section = (key: string) => {
  const s = smb.sections.find((x) => x.key === key);
  if (!s) throw new Error(`missing section ${key}`);
  return s;
};

describe('Smedjebacken slice: schemas and structure', () => {
  it('every item parses unchanged with its schema', () => {
    for (const x of smb.forvaltningar) expect(itemSchemas.forvaltning.parse(x)).toEqual(x);
    for (const x of smb.units) expect(itemSchemas.unit.parse(x)).toEqual(x);
    for (const x of smb.plans) expect(itemSchemas.plan.parse(x)).toEqual(x);
    for (const x of smb.sections) expect(itemSchemas.section.parse(x)).toEqual(x);
    for (const x of smb.goals) expect(itemSchemas.goal.parse(x)).toEqual(x);
    for (const x of smb.activities) expect(itemSchemas.activity.parse(x)).toEqual(x);
  });

  it('the förvaltning, its förskola and the plan 2020–2023', () => {
    expect(smb.forvaltningar).toEqual([
      {
        id: forvaltningId,
        name: 'Familje- och utbildningsförvaltningen, Smedjebackens kommun',
        municipality: 'Smedjebackens kommun',
        committee: 'Familje- och utbildningsnämnden',
        groupId: demoGroupIds.smedjebackenFuf,
      },
    ]);
    expect(smb.units).toEqual([expect.objectContaining({ id: unitId, forvaltningId, name: 'Förskolan, Smedjebackens kommun' })]);
    expect(smb.plans).toEqual([{ id: 'smb-2020', forvaltningId, unitId, year: 2020, lastYear: 2023, title: 'Förskolans verksamhetsplan 2020–2023' }]);
  });

  it('ids are unique across all demo slices', () => {
    const ids = demoSlices.flatMap((d) => [...d.forvaltningar, ...d.units, ...d.plans, ...d.sections, ...d.goals, ...d.indicators, ...d.activities]).map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every node is the förvaltning’s 2020; the nämnd’s goals are förvaltning-owned, the rest the förskola’s', () => {
    for (const n of [...smb.sections, ...smb.goals, ...smb.activities]) expect(n).toMatchObject({ forvaltningId, year: 2020 });
    for (const s of smb.sections) expect(s.unitId).toBe(unitId);
    for (const g of smb.goals) expect(g.unitId).toBe(g.level === 'boardGoal' ? null : unitId);
    for (const g of smb.goals) expect(unitOwnedLevels.includes(g.level)).toBe(g.unitId !== null);
    for (const a of smb.activities) expect(a.unitId).toBe(unitId);
  });

  it('all goals are roots, ordered 0, 1, 2, … within their level; activities within their focus area', () => {
    for (const g of smb.goals) {
      expect(parentLevelOf[g.level]).toBeNull();
      expect(g.parentId).toBeNull();
    }
    for (const l of ['boardGoal', 'operationalGoal', 'focusArea'] as const) expect(level(l).map((g) => g.order)).toEqual(level(l).map((_, i) => i));
    for (const s of [smb.sections]) expect(s.map((x) => x.order)).toEqual(s.map((_, i) => i));
  });

  it('texts carry no PDF artefacts: no wrapped lines, no stray spaces, no broken hyphenation', () => {
    const texts = [
      ...smb.sections.flatMap((s) => [s.title, s.text]),
      ...smb.goals.flatMap((g) => [g.title, ...g.followUp]),
      ...smb.activities.flatMap((a) => [a.text, a.responsible]),
    ].filter((t) => t !== '');
    for (const t of texts) {
      expect(t).toBe(t.trim());
      // A hyphen before a space only where Swedish elides a compound's part ("Familje- och …").
      expect(t).not.toMatch(/\n|\s{2}|•|-\s(?!och |eller )/);
    }
  });
});

describe('Smedjebacken: counts and text as printed', () => {
  it('sections: the two visions and Ledning och styrning, before the goals', () => {
    expect(smb.sections.map((s) => [s.order, s.title])).toEqual([
      [0, 'Smedjebackens kommuns vision'],
      [1, 'Nämndens vision'],
      [2, 'Ledning och styrning'],
    ]);
    expect(section('kommunens-vision').text).toBe('Smedjebacken ska vara en välkomnande kommun med engagemang, trygghet och framtidstro.');
    expect(section('namndens-vision').text).toMatch(/^”Familje- och utbildningsnämndens vision är att stärka människor i Smedjebackens kommun till goda levnadsförhållanden/);
    expect(section('ledning-och-styrning').text).toContain('Arbetsgruppsmöten, arbetsplatsträffar (APT), IFO:s ledningsgrupp, planeringsdagar är mötesplatser');
  });

  it('Nämndens övergripande mål: 8 paragraphs, unnumbered, the lika-värde paragraph whole', () => {
    const board = level('boardGoal');
    expect(board).toHaveLength(8);
    expect(board.every((g) => g.number === null)).toBe(true);
    expect(board[0]!.title).toMatch(/^Barn, elever eller vuxna i behov av stöd, .* under ärendets gång\.$/);
    expect(board[1]!.title).toMatch(/^Människors lika värde ska genomsyra .* Alla ska behandlas lika oavsett kön, sexuell läggning, ålder, funktionshinder, etnisk, religiös eller kulturell härkomst\.$/);
    expect(board.map((g) => g.title).slice(3)).toEqual([
      'Det ska vara enkelt att komma i kontakt med familje- och utbildningsförvaltningens personal.',
      'Människor som utsätts för våld och kränkningar, samt barn som bevittnat våld i nära relation, ska erbjudas stöd och ges möjligheter att förändra sin situation. Särskilt ska våld och kränkningar i nära relationer uppmärksammas.',
      'Samverkan internt och externt för att i ett tidigt skede samordna insatser utifrån en helhetssyn.',
      'Personalens trivsel ska vara hög. Resultaten av den psykosociala arbetsmiljöenkäten ska förbättras.',
      'Sjukfrånvaron ska minska.',
    ]);
  });

  it('Förskolans verksamhetsmål 2020–2023: the 4 quoted goals without their quote marks', () => {
    expect(level('operationalGoal').map((g) => g.title)).toEqual([
      'Andelen högskoleutbildad personal ska öka i förskolan.',
      'Alla barn i förskolan ska uppleva lustfyllt lärande och uppleva att de har inflytande i sin utbildning',
      'Utbildningen ska utgå från en helhetssyn på barn och barnens behov, där omsorg, utveckling och lärande bildar en helhet',
      'Plats i förskolan ska erbjudas inom 4 månader och andelen inskrivna barn ska öka',
    ]);
  });

  it('Fokus 1–7 with their activities and Uppföljning/redovisning', () => {
    expect(level('focusArea').map((g) => `${g.number}: ${g.title}`)).toEqual([
      'Fokus 1: Strategisk kompetensförsörjning',
      'Fokus 2: Digitalisering',
      'Fokus 3: ESTER',
      'Fokus 4: NTA (Naturvetenskap och teknik för alla)',
      'Fokus 5: Utveckla barnens inre motivation genom motivationslyftet',
      'Fokus 6: Språkutvecklande arbetssätt',
      'Fokus 7: Barnomsorgskön hanteras av kö samordnaren',
    ]);
    const areas = [1, 2, 3, 4, 5, 6, 7].map(focus);
    expect(areas.map((g) => activitiesOf(g.id).length)).toEqual([5, 2, 2, 1, 1, 1, 1]);
    expect(areas.map((g) => g.followUp.length)).toEqual([4, 2, 2, 2, 1, 1, 1]);
    expect(smb.activities).toHaveLength(13);
    // Tidsplanering: 2020-2023, under every focus area
    for (const a of smb.activities) expect(a).toMatchObject({ start: '2020-01-01', end: '2023-12-31', resources: '' });
    for (const g of areas) expect(activitiesOf(g.id).map((a) => a.order)).toEqual(activitiesOf(g.id).map((_, i) => i));
  });

  it('spot checks: joined line wraps and the sources’ own words', () => {
    const fokus1 = activitiesOf(focus(1).id).map((a) => a.text);
    expect(fokus1[0]).toBe('Vakanta tjänster ska annonseras ut på hemsida, webcruiter och sociala medier.');
    expect(fokus1[4]).toMatch(/Dessa är Ester, Motivationslyftet, Digital kompetens, Infomentor, implementering av Lpfö18 och NTA\.$/);
    expect(focus(1).followUp[1]).toContain('Vi följer upp hur VFU-studenterna upplever sin praktik.');
    expect(focus(1).followUp[3]).toBe('Årligen kontrollera andelen behöriga förskollärare i organisationen. Detta sker i bokslutet.');
    expect(focus(2).followUp).toEqual([
      'Uppföljning sker regelbundet med användarstödjare i Infomentor.',
      'Redovisning sker årligen i skolenheternas systematiska kvalitetsarbete.',
    ]);
    expect(focus(4).followUp[0]).toBe('Kvalitativ utvärdering av NTA-samordnare');
    expect(focus(5).followUp).toEqual(['Årligen i det systematiska kvalitetsarbetet.']);
    expect(focus(7).followUp).toEqual(['Avrapporteras kontinuerligt till förvaltningschef och nämnd.']);
    const [queue] = activitiesOf(focus(7).id);
    expect(queue).toMatchObject({
      text: 'Placeringar av barn utifrån ködatum hanteras av kö samordnaren i samarbete med rektorer.',
      responsible: 'kö samordnaren i samarbete med rektorer',
    });
    // Only Fokus 7 names who carries out its activity.
    expect(smb.activities.filter((a) => a.responsible !== '')).toEqual([queue]);
  });
});
