export * from './sources';
export { sourceName } from './names';
