import { SqliteStore } from '../sqlite/sqliteStore';
import { demoSlices } from './demo';
import { seedDemoData } from './seed';

it('loads every demo item once, and a second run creates nothing', async () => {
  const store = new SqliteStore(':memory:');
  const total = demoSlices.reduce(
    (n, s) => n + s.forvaltningar.length + s.units.length + s.plans.length + s.sections.length + s.goals.length + s.indicators.length + s.activities.length + (s.competenceRows?.length ?? 0) +
      (s.skaResults?.length ?? 0) + (s.skaAssessments?.length ?? 0) + (s.skaAnalyses?.length ?? 0) + (s.skaAreas?.length ?? 0),
    0,
  );
  expect(await seedDemoData(store)).toBe(total);
  expect(await seedDemoData(store)).toBe(0);
  // Hägersten-Älvsjö's two units, Smedjebacken's förskola and Södertälje's 13 förskoleenheter
  expect(await store.list('unit')).toHaveLength(3 + 13);
  // Hägersten-Älvsjö's KF goals, KF area goals and nämndmål; Smedjebacken's nämnd goals
  expect(await store.list('goal', { unitId: null })).toHaveLength(3 + 6 + 8 + 8);
  await store.close();
});
