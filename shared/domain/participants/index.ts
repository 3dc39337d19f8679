export * from './participant.constants';
export * from './participant.schema';
export * from './participant.defaults';
export * from './validation-keys';
