import './validation';

export * from './schemas/common';
export * from './schemas/organisation';
export * from './schemas/plan';
export * from './schemas/goal';
export * from './schemas/indicator';
export * from './schemas/activity';
export * from './schemas/audit';
export * from './schemas/report';
export * from './schemas/overview';
export * from './kinds';
export * from './store';
export * from './diff';
export * from './identity';
export * from './permissions';
export * from './validation';
export * from './api';
export * from './planTree';
