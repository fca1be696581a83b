export * from './resultTotal';
export * from './strategyAverage';
export * from './labels';
export * from './unitRole';
export * from './unitSpread';
