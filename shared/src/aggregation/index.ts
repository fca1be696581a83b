export * from './indicatorValue';
export * from './partial';
export * from './targets';
export * from './periods';
export * from './buildOverview';
