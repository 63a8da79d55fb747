export * from './types';
export * from './factory';
export * from './numbering';
export * from './tree';
export * from './operations';
export * from './interchange';
export * from './dates';
export * from './render-text';
