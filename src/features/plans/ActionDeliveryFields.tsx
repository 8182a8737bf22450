import {
  Checkbox,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { memo } from 'react';
import { DateInput } from '../../components/DateInput';
import type { FormSectionProps } from '../../components/formSection';
import { ListEditor } from '../../components/ListEditor';
import { FIELD_IDS } from './actionFieldIds';
import { EMPTY_DATE, type ActionForm } from '../../domain/actionForm';

type ActionDeliveryFieldsProps = FormSectionProps<
  ActionForm,
  'leadAgency' | 'leadOfficer' | 'partners' | 'start' | 'due' | 'milestones' | 'successMeasure'
>;

/**
 * Who delivers the action and when: lead, partners, dates, milestones and success measure.
 * Memoised: give it the same `form`, `set` and `error` while they have not changed.
 */
export const ActionDeliveryFields = memo(function ActionDeliveryFields({
  form,
  set,
  error,
}: ActionDeliveryFieldsProps) {
  return (
    <>
      <Fieldset legend="Who delivers it">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Lead agency (optional)"
              value={form.leadAgency}
              onChange={(event) => set('leadAgency', event.currentTarget.value)}
            />
            <TextInput
              label="Lead officer (optional)"
              value={form.leadOfficer}
              onChange={(event) => set('leadOfficer', event.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            label="Partner agencies (optional)"
            description="One per line"
            autosize
            minRows={2}
            value={form.partners}
            onChange={(event) => set('partners', event.currentTarget.value)}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend="When">
        <Stack gap="md">
          <Group align="flex-start" gap="xl">
            <DateInput
              id={FIELD_IDS.startDate}
              legend="Start date"
              hint="For example, 1 4 2026"
              value={form.start}
              onChange={(value) => set('start', value)}
              error={error('startDate')}
            />
            <DateInput
              id={FIELD_IDS.dueDate}
              legend="Due date"
              hint="For example, 31 3 2027"
              value={form.due}
              onChange={(value) => set('due', value)}
              error={error('dueDate')}
            />
          </Group>
          <Text fw={600} size="sm">
            Milestones
          </Text>
          <ListEditor
            items={form.milestones}
            onChange={(milestones) => set('milestones', milestones)}
            itemName="milestone"
            empty="No milestones yet."
            keyOf={(milestone) => milestone.id}
            blank={() => ({ id: crypto.randomUUID(), title: '', due: EMPTY_DATE, done: false })}
            renderItem={(milestone, index, patch) => (
              <>
                <TextInput
                  id={`milestone-${index}-title`}
                  label={`Milestone ${index + 1}`}
                  value={milestone.title}
                  onChange={(event) => patch({ title: event.currentTarget.value })}
                  error={error(`milestones.${index}.title`)}
                  w={320}
                />
                <DateInput
                  id={`milestone-${index}-due`}
                  legend={`Milestone ${index + 1} due date`}
                  value={milestone.due}
                  onChange={(due) => patch({ due })}
                  error={error(`milestones.${index}.dueDate`)}
                />
                <Checkbox
                  label="Done"
                  checked={milestone.done}
                  onChange={(event) => patch({ done: event.currentTarget.checked })}
                  mb={8}
                />
              </>
            )}
          />
          <Textarea
            id={FIELD_IDS.successMeasure}
            label="Success measure (optional)"
            description="How the partnership will know it worked"
            autosize
            minRows={2}
            value={form.successMeasure}
            onChange={(event) => set('successMeasure', event.currentTarget.value)}
            error={error('successMeasure')}
          />
        </Stack>
      </Fieldset>
    </>
  );
});
