/** Outcome indicators: what one is, its figures, its report projection and its input checks. */
export * from './model';
export * from './figures';
export * from './report';
export * from './checks';
