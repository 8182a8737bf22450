/** Every section of the scrutiny view, for the overview, the scrutiny page and its slides. */
export * from './charts';
export * from './figures';
export * from './lists';
