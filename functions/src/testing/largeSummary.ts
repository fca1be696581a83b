import { Summary, type Period } from '@vp/shared';

export interface LargeSummaryOptions {
  forvaltningId?: string;
  year?: number;
  period?: Period;
  units?: number;
  /** Characters of analysis text per unit (default 5,000: 60 units make some 300,000 characters). */
  analysisLength?: number;
  /** Words the analysis texts are made of, so versions differ. */
  text?: string;
}

/**
 * A valid tertial summary as large as a förvaltning's: every unit with a long analysis of its enhetsmål
 * under one nämndmål, an indicator with every unit's value and an activity with every unit's status.
 */
export function largeSummary(id: string, options: LargeSummaryOptions = {}): Summary {
  const { forvaltningId = 'f1', year = 2021, period = 'T1', units = 60, analysisLength = 5_000, text = 'Barnen på förskolan utforskar språk och matematik i leken' } = options;
  const unitIds = Array.from({ length: units }, (_, i) => `u${String(i + 1).padStart(3, '0')}`);
  const analysis = (unitId: string) => `${unitId}: ${`${text}. `.repeat(Math.ceil(analysisLength / (text.length + 2)))}`.slice(0, analysisLength);
  const summary: Summary = {
    id,
    forvaltningId,
    year,
    period,
    createdAt: '2021-05-15T06:00:00.000Z',
    createdBy: 'Automatisk tertialsammanställning',
    overview: {
      forvaltningId,
      forvaltningName: 'Hägersten-Älvsjö stadsdelsförvaltning',
      year,
      period,
      computedAt: '2021-05-15T06:00:00.000Z',
      units: unitIds.map((unitId, i) => ({ unitId, name: `Förskoleenhet ${i + 1}`, reportStatus: i % 3 === 0 ? 'draft' : 'submitted' })),
      committeeGoals: [
        {
          goalId: 'nm-1',
          title: 'Alla barn utvecklas och lär sig',
          areaNumber: '1',
          areaTitle: 'Förskola',
          unitGoals: unitIds.map((unitId, i) => ({
            unitId,
            goalId: `${unitId}-em-1`,
            title: 'Barnen är trygga och nyfikna',
            assessment: (['fully', 'partly', 'not'] as const)[i % 3]!,
            analysis: analysis(unitId),
          })),
          distribution: { fully: Math.ceil(units / 3), partly: Math.ceil((units - 1) / 3), not: Math.ceil((units - 2) / 3) },
          notReportedUnitIds: [],
        },
      ],
      indicators: [
        {
          indicatorId: 'ind-1',
          name: 'Antal barn per grupp',
          measureUnit: 'barn/grupp',
          direction: 'lowerIsBetter',
          periodicity: 'tertial',
          aggregation: { rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 },
          annualTarget: null,
          councilTarget: { type: 'value', value: 16 },
          value: 15.5,
          numerator: 31 * units,
          denominator: 2 * units,
          weight: null,
          vsAnnualTarget: null,
          vsCouncilTarget: 'meets',
          unitValues: unitIds.map((unitId) => ({ unitId, value: 15.5, numerator: 31, denominator: 2, weight: null })),
          missingUnitIds: [],
          leftOutUnits: [],
          unitWarnings: [],
        },
      ],
      activities: [
        {
          activityId: 'act-1',
          goalId: 'nm-1',
          text: 'Språkpromenader varje vecka',
          start: '2021-01-01',
          end: '2021-12-31',
          counts: { notStarted: 0, ongoing: units, done: 0, cancelled: 0, missing: 0 },
          perUnit: unitIds.map((unitId) => ({ unitId, status: 'ongoing' as const, comment: 'Pågår enligt plan.' })),
        },
      ],
    },
  };
  return Summary.parse(summary);
}
