/**
 * Placeholder ids of the Microsoft 365 groups the demo units and förvaltning are linked to (the
 * sources name no Teams). In a real tenant each becomes the id of the unit's Team and of the
 * förvaltning's leadership group; with AUTH_MODE=entra a token whose groups claim names one gets that
 * unit or förvaltning.
 */
export const demoGroupIds = {
  forvaltning: '00000000-0000-4000-8000-0000000000f1',
  hagerstensasen: '00000000-0000-4000-8000-0000000000e1',
  malarhojdenVastertorp: '00000000-0000-4000-8000-0000000000e2',
  smedjebackenFuf: '00000000-0000-4000-8000-0000000000f2',
  smedjebackenForskolan: '00000000-0000-4000-8000-0000000000e3',
  sodertaljeUk: '00000000-0000-4000-8000-0000000000f3',
} as const;

/** The Team of Södertälje's förskoleenhet number n (1–13, in the order of the results table): …d01 … …d13. */
export const sodertaljeUnitGroupId = (n: number) => `00000000-0000-4000-8000-000000000d${String(n).padStart(2, '0')}`;
