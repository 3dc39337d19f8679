export * from './topic.types';
export * from './topic-catalogue';
export * from './topic-catalogue.seed';
