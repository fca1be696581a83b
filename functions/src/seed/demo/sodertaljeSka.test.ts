import {
  SkaAnalysis,
  SkaArea,
  SkaAssessment,
  SkaResult,
  Unit,
  formatScore,
  resultSchoolYears,
  resultTotal,
  skaPerspectiveHeadings,
  strategyAverage,
  type SkaStrategyKey,
} from '@vp/shared';
import { devUsers } from '../../identity/devUsers';
import { demoSlices } from './index';
import { sodertaljeSkaData as data } from './sodertaljeSka';

const result = data.skaResults![0]!;
const [kommun, forskola] = data.skaAssessments!;
const analysis = data.skaAnalyses![0]!;
const areas = data.skaAreas!;
const cell = (unitName: string, area: string, group: string) => {
  const unit = data.units.find((u) => u.name === unitName)!;
  const found = result.rows.find((r) => r.unitId === unit.id)!.cells.find((c) => c.area === area && c.group === group)!;
  return found.value.type === 'percent' ? found.value.percent : null;
};
const averages = (a: SkaAssessment, role: string) =>
  a.strategies.map((s) => {
    const avg = strategyAverage(a, role, 2018, s.key);
    return `${formatScore(avg.value!, a.decimals)} (tryckt ${formatScore(avg.printed!, a.decimals)}, ${avg.printedCheck})`;
  });

it('is valid, in Södertälje\'s utbildningskontoret, and the seed loads it', () => {
  expect(demoSlices).toContain(data);
  expect(data.forvaltningar.map((f) => [f.id, f.name, f.municipality])).toEqual([['sodertalje-uk', 'Utbildningskontoret, Södertälje kommun', 'Södertälje kommun']]);
  for (const u of data.units) expect(Unit.parse(u)).toEqual(u);
  for (const r of data.skaResults!) expect(SkaResult.parse(r)).toEqual(r);
  for (const a of data.skaAssessments!) expect(SkaAssessment.parse(a)).toEqual(a);
  for (const a of data.skaAnalyses!) expect(SkaAnalysis.parse(a)).toEqual(a);
  for (const a of areas) expect(SkaArea.parse(a)).toEqual(a);
  const ids = [...data.units, ...data.skaResults!, ...data.skaAssessments!, ...data.skaAnalyses!, ...areas].map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set([...data.skaResults!, ...data.skaAssessments!, ...data.skaAnalyses!, ...areas].map((i) => i.forvaltningId))).toEqual(new Set(['sodertalje-uk']));
});

it('has the 13 förskoleenheter of the results table, each with a row of 4 areas × 3 groups for 2017/18', () => {
  expect(data.units.map((u) => u.name)).toEqual([
    'Brunnsäng/Grusåsen', 'Centrum/Blombacka', 'Enhörna/Lina', 'Ronna/Karlhov', 'Rösberga', 'Västra', 'Tveta',
    'Järna', 'Vårdinge', 'Hölö-Mörkö', 'Mariekäll/Saltskog', 'Östertälje', 'Rosenlund/Fornhöjden',
  ]);
  expect(result.rows.map((r) => r.unitId)).toEqual(data.units.map((u) => u.id));
  expect(result.areas.map((a) => a.label)).toEqual(['Språkutveckling', 'Lek och samspel', 'Naturvetenskap och teknik', 'Matematik']);
  for (const row of result.rows) expect([row.schoolYear, row.cells.length]).toEqual([2017, 12]);
  expect(result.question).toBe('Når verksamhetens femåringar de uppsatta målen för respektive kunskapsområde?');
});

it('copies the cells as printed', () => {
  expect(cell('Brunnsäng/Grusåsen', 'sprak', 'pojkar')).toBe(89.1);
  expect(cell('Rösberga', 'matematik', 'totalt')).toBe(81.6);
  expect(cell('Järna', 'nt', 'pojkar')).toBe(85);
  expect(cell('Vårdinge', 'sprak', 'pojkar')).toBe(100);
  expect(cell('Rosenlund/Fornhöjden', 'nt', 'flickor')).toBe(92.7);
  expect(cell('Östertälje', 'lek', 'flickor')).toBe(99.6);
});

it('keeps the printed totals 2011/12–2017/18 as published, and the total is the published one, not the units\' mean', () => {
  expect(resultSchoolYears(result)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017]);
  expect(result.publishedTotals).toHaveLength(12 + 6 * 4);
  const sprak = resultTotal(result, 2017, 'sprak', 'totalt');
  expect(sprak).toMatchObject({ value: 87.7, source: 'published', units: 13 });
  // The 13 units' mean is 87,9: units with more children weigh more in the printed total.
  expect(sprak.unitMean!.toFixed(2)).toBe('87.88');
  expect(resultTotal(result, 2017, 'nt', 'pojkar')).toMatchObject({ value: 89, source: 'published' });
  expect(resultTotal(result, 2011, 'nt', 'totalt')).toMatchObject({ value: 80.7, source: 'published', unitMean: null });
  expect(resultTotal(result, 2016, 'matematik', 'totalt').value).toBe(89.8);
  expect(resultTotal(result, 2016, 'matematik', 'pojkar').source).toBe('none');
});

const strategies: SkaStrategyKey[] = ['pedagogiskLedning', 'larandeOrganisation', 'malOchResultatstyrning', 'kvaliteILarandet'];

it('has the municipality\'s self-assessment (U, VC) with its criteria, and its averages computed as printed', () => {
  expect(kommun!.scope).toBe('kommun');
  expect(kommun!.roles).toEqual([{ key: 'U', label: 'utbildningsdirektör' }, { key: 'VC', label: 'verksamhetschefer' }]);
  expect(kommun!.strategies.map((s) => [s.key, s.name, s.criteria.length])).toEqual([
    ['pedagogiskLedning', 'Pedagogisk ledning', 4],
    ['larandeOrganisation', 'Lärande organisation', 4],
    ['malOchResultatstyrning', 'Mål- och resultatstyrning', 4],
    ['kvaliteILarandet', 'Kvalité i lärandet', 4],
  ]);
  expect(kommun!.scores).toHaveLength(2 * 16);
  expect(kommun!.scale[0]).toBe('har långt kvar innan vi kan uppnå kriteriet');
  expect(kommun!.scale[4]).toBe('har uppnått kriteriet fullt ut');
  expect(averages(kommun!, 'U')).toEqual(['3,6 (tryckt 3,6, equal)', '3,2 (tryckt 3,2, equal)', '3,4 (tryckt 3,4, equal)', '3,5 (tryckt 3,5, equal)']);
  // VC's Mål- och resultatstyrning: 3,6 3,5 3,3 3,4 average 3,45; the plan prints 3,4 (from unrounded scores).
  expect(averages(kommun!, 'VC')).toEqual(['3,5 (tryckt 3,5, equal)', '3,4 (tryckt 3,4, equal)', '3,5 (tryckt 3,4, withinRounding)', '3,6 (tryckt 3,6, equal)']);
});

it('has the förskola\'s self-assessment (FL, VC) with two decimals, and its averages computed as printed', () => {
  expect(forskola!.roles.map((r) => r.key)).toEqual(['FL', 'VC']);
  expect(forskola!.strategies[1]!.criteria[3]!.text).toBe(
    'I organisationen finns kunskap om aktuell och relevant forskning och beprövad erfarenhet, vilket beaktas i diskussioner, processer och beslut.',
  );
  expect(forskola!.strategies[2]!.criteria[0]!.text).toBe('Barnens lärande och utveckling följs kontinuerligt upp inom förskolans prioriterade kunskapsområden utifrån en formativ process.');
  const score = (role: string, strategy: SkaStrategyKey, criterion: number) => forskola!.scores.find((s) => s.role === role && s.strategy === strategy && s.criterion === criterion)!.score;
  expect([score('FL', 'larandeOrganisation', 4), score('VC', 'larandeOrganisation', 4), score('VC', 'pedagogiskLedning', 2)]).toEqual([3.48, 4, 3.38]);
  // FL's Kvalité i lärandet: 3,55 3,70 3,38 3,56 average 3,5475; the plan prints 3,54.
  expect(averages(forskola!, 'FL')).toEqual(['3,98 (tryckt 3,98, equal)', '3,48 (tryckt 3,48, equal)', '3,78 (tryckt 3,78, equal)', '3,55 (tryckt 3,54, withinRounding)']);
  expect(averages(forskola!, 'VC')).toEqual(['3,60 (tryckt 3,60, equal)', '3,54 (tryckt 3,54, equal)', '3,81 (tryckt 3,81, equal)', '3,79 (tryckt 3,79, equal)']);
  for (const s of strategies) expect(forskola!.printedAverages.filter((p) => p.strategy === s)).toHaveLength(2);
});

it('has the förskola\'s analysis from the five perspectives', () => {
  expect(Object.keys(analysis.texts)).toEqual(Object.keys(skaPerspectiveHeadings));
  expect(analysis.texts.historical.split('\n\n')).toHaveLength(3);
  expect(analysis.texts.historical).toMatch(/^Barnen i Södertälje kommuns förskolor möter en verksamhet med hög kvalitet där omsorg och lärande bildar en helhet\./);
  expect(analysis.texts.organisation).toContain('Verksamhetschefen för förskola byttes i september 2018.');
  expect(analysis.texts.resources).toContain('har inför hösten 2018 anställt ytterligare en utvecklingsledare inom SOKA.');
  expect(analysis.texts.method).toContain('Deras slutord kan kort sammanfattas med ett ”det beror på”!');
  expect(analysis.texts.equity).toMatch(/fortsätta att utveckla arbetet med det normkritiska förhållningssättet\.$/);
});

it('has the förskola\'s areas 2018/2019, its follow-up of 2017/2018 and its area in the municipality\'s plan', () => {
  const of = (year: number, scope: string) => areas.filter((a) => a.year === year && a.scope === scope).map((a) => `${a.type} ${a.number ?? '-'} ${a.title}`);
  expect(of(2018, 'forskola')).toEqual([
    'forbattringsomrade - Språk- och kunskapsutvecklande arbetssätt',
    'utvecklingsomrade 1 Pedagogisk ledning',
    'utvecklingsomrade 2 Lärande organisation',
    'utvecklingsomrade 3 Mål- och resultatstyrning',
    'utvecklingsomrade 4 Stärka kvalitén i undervisningen',
  ]);
  expect(of(2017, 'forskola')).toEqual([
    'forbattringsomrade 1 Språk- och kunskapsutvecklande arbetssätt utifrån social hållbarhet',
    'forbattringsomrade 2 Hållbar utveckling utifrån ett ekologiskt perspektiv',
    'utvecklingsomrade 1 Pedagogisk ledning',
    'utvecklingsomrade 2 Lärande organisation',
    'utvecklingsomrade 3 Mål- och resultatstyrning',
    'utvecklingsomrade 4 Kvalitet i undervisningen',
  ]);
  expect(of(2018, 'kommun')).toEqual(['forbattringsomrade 1 Språk- och kunskapsutvecklande arbetssätt']);
  const soka = areas.find((a) => a.year === 2018 && a.scope === 'forskola' && a.type === 'forbattringsomrade')!;
  expect(soka.desired).toHaveLength(3);
  expect(soka.evidence[1]).toBe('Det finns ett pågående litteraturarbete som syns i miljö och materialval på förskolorna');
  expect(soka.actions).toHaveLength(4);
  expect(soka.actions[3]).toBe('Alla enheter ingår i ett kommungemensamt berättandeprojekt, där barnens erfarenheter är i centrum. Berättande med hjälp av flera, olika uttryck');
  expect(soka.background).toMatch(/^I Södertälje bor människor ifrån alla världens hörn/);
  const uo4 = areas.find((a) => a.year === 2018 && a.number === 4)!;
  expect(uo4.actions).toEqual([
    'Nätverk i hela organisationens alla led.',
    'RE-Bas utbildning till medarbetare som saknar pedagogisk utbildning.',
    'Workshops och utbildningsinsatser i stadsateljén med inriktning på digitalitet och utryck, språk och kommunikation',
    '5 avdelningslag har tilldelats FoU medel med fokus språk- och kunskapsutvecklande arbetssätt',
  ]);
  for (const a of areas.filter((x) => x.year === 2018)) expect(a.followUp).toBeNull();
  const followed = areas.filter((a) => a.year === 2017);
  for (const a of followed) expect(a.followUp?.assessment).toMatch(/^Bedömningen är /);
  expect(followed[0]!.followUp!.actionsTaken).toHaveLength(7);
  expect(followed[0]!.followUp!.futureNeeds).toBe('Vi kommer att arbeta vidare med SOKA som förbättringsområde även 2018-2019');
  expect(followed[4]!.followUp!.assessment).toBe('Bedömningen är därför att detta mål är uppnått.');
  expect(followed[5]!.followUp!.result.split('\n\n')).toHaveLength(6);
  const kommunArea = areas.find((a) => a.scope === 'kommun')!;
  expect(kommunArea.background).toMatch(/^I Södertäljes förskolor har 65 % av barnen/);
  expect(kommunArea.decidedBy).toContain('beslutas av verksamhetschef för förskolan');
});

it('offers a verksamhetschef and a förskolechef of Södertälje as development identities', () => {
  expect(devUsers.filter((u) => u.forvaltningId === 'sodertalje-uk').map((u) => [u.id, u.role, u.unitIds])).toEqual([
    ['dev-verksamhetschef-sdt', 'avdelningschef', []],
    ['dev-forskolechef-sdt', 'rektor', ['sdt-ronna-karlhov']],
  ]);
  expect(data.units.map((u) => u.id)).toContain('sdt-ronna-karlhov');
});
