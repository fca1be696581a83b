export * from './resultTotal';
export * from './strategyAverage';
export * from './labels';
