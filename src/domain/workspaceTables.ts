/**
 * The workspace's tables as a backup holds them, in the order each is written, hashed and restored,
 * and what each is called on screen. Plain names, apart from the rows' schemas (`backupSchema.ts`,
 * with zod): a screen that lists the tables does not load the checks.
 */
export const TABLE_NAMES = [
  'settings',
  'meta',
  'bodies',
  'objectives',
  'recommendations',
  'swotItems',
  'fourPRows',
  'themes',
  'actions',
  'updates',
  'snapshots',
  'indicators',
  'indicatorValues',
  'audit',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/** Whether `name` is one of these tables (a backup, or the browser's database, may hold others). */
export const isTableName = (name: string): name is TableName =>
  (TABLE_NAMES as readonly string[]).includes(name);

/** What each table is called on screen. */
export const TABLE_LABEL: Record<TableName, string> = {
  settings: 'Workspace settings',
  meta: 'Other workspace records (data source, last backup)',
  bodies: 'Bodies',
  objectives: 'Objectives',
  recommendations: 'Recommendations',
  swotItems: 'SWOT items',
  fourPRows: 'Figure 8 rows',
  themes: 'Intervention themes',
  actions: 'Actions',
  updates: 'Quarterly updates',
  snapshots: 'Quarter snapshots',
  indicators: 'Indicators',
  indicatorValues: 'Indicator values',
  audit: 'Audit trail entries',
};
