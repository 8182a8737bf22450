import type { ActionForm } from '../../domain/actionForm';
import { STATUS_FIELD_IDS } from './StatusField';

/** The id of each action field, so the error summary can link to it. */
export const FIELD_IDS = {
  ref: 'action-ref',
  bodyId: 'action-body',
  title: 'action-title',
  description: 'action-description',
  ...STATUS_FIELD_IDS,
  startDate: 'action-start',
  dueDate: 'action-due',
  successMeasure: 'action-success',
  primaryRow: 'action-row-pursue',
  secondaryRows: 'action-secondary-pursue',
  themeIds: 'action-themes',
  recommendationNumbers: 'action-recommendations',
  objectiveIds: 'action-objectives',
  swotIds: 'action-swot',
} as const;

export function fieldIds(form: ActionForm): Record<string, string> {
  const ids: Record<string, string> = { ...FIELD_IDS };
  form.milestones.forEach((_, index) => {
    ids[`milestones.${index}.title`] = `milestone-${index}-title`;
    ids[`milestones.${index}.dueDate`] = `milestone-${index}-due`;
  });
  return ids;
}
