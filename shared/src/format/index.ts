export * from './numbers';
export * from './textBlocks';
export * from './dates';
export * from './planYears';
export * from './ska';
