/** The id of each indicator field, so the error summary can link to it. */
export const FIELD_IDS: Record<string, string> = {
  name: 'indicator-name',
  description: 'indicator-description',
  unit: 'indicator-unit',
  polarity: 'indicator-polarity',
  bodyId: 'indicator-body',
  source: 'indicator-source',
  baselineValue: 'indicator-baseline-value',
  baselinePeriod: 'indicator-baseline-period',
  tolerancePercent: 'indicator-tolerance',
  frequency: 'indicator-frequency',
  rollUp: 'indicator-roll-up',
  recommendationNumbers: 'indicator-recommendations',
  objectiveIds: 'indicator-objectives',
  police: 'indicator-neighbourhoods',
  polygon: 'indicator-polygon',
};

/** `targets.2.value` → `target-2-value`. */
export const targetFieldId = (field: string) =>
  field.replace(/^targets\.(\d+)\.(\w+)$/, 'target-$1-$2');
