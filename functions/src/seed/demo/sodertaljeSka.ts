import { sodertaljeData } from './sodertalje';
import { sodertaljeAnalyses } from './sodertaljeSkaAnalysis';
import { sodertaljeAreas } from './sodertaljeSkaAreas';
import { sodertaljeAssessments } from './sodertaljeSkaAssessments';
import { sodertaljeResults } from './sodertaljeSkaResults';
import type { DemoData } from './types';

/** Södertälje's utbildningskontoret, its förskoleenheter and the SKA plans 2018/2019 (seed 003). */
export const sodertaljeSkaData: DemoData = {
  ...sodertaljeData,
  skaResults: sodertaljeResults,
  skaAssessments: sodertaljeAssessments,
  skaAnalyses: sodertaljeAnalyses,
  skaAreas: sodertaljeAreas,
};
