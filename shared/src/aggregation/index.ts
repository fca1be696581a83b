export * from './indicatorValue';
export * from './figureProblems';
export * from './changeWarning';
export * from './partial';
export * from './targets';
export * from './periods';
export * from './applicability';
export * from './buildOverview';
