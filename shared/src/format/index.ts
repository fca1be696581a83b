export * from './numbers';
export * from './textBlocks';
