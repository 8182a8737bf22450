import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { RagBadge } from '../../components/RagBadge';
import { parseQuarterKey, quarterLabel, type Quarter } from '../../domain/quarters';
import { RAG, RAG_STATUSES, type RagStatus } from '../../domain/rag';
import { carryForward, type QuarterlyUpdate, type UpdateInput } from '../../domain/updates';

/** The RAG status as four radios, each with its badge (colour and word) and what it means. */
export function RagChoice({
  value,
  onChange,
  error,
}: {
  readonly value: RagStatus | '';
  readonly onChange: (rag: RagStatus) => void;
  readonly error: string | undefined;
}) {
  return (
    <Radio.Group
      label="RAG status"
      value={value}
      onChange={(chosen) => onChange(chosen as RagStatus)}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {RAG_STATUSES.map((status) => (
          <Radio
            key={status}
            id={`update-rag-${status}`}
            value={status}
            label={
              <Group gap="xs" wrap="nowrap">
                <RagBadge status={status} />
                <Text size="sm">{RAG[status].meaning}</Text>
              </Group>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** Last quarter's narrative, with the offer to start this quarter's update from it. */
export function CarryForwardOffer({
  previous,
  quarter,
  onCarry,
}: {
  readonly previous: QuarterlyUpdate;
  /** The quarter being updated, named when the previous one cannot be read. */
  readonly quarter: Quarter;
  readonly onCarry: (input: UpdateInput) => void;
}) {
  return (
    <Alert
      color="gray"
      title={`Last update: ${quarterLabel(parseQuarterKey(previous.quarter) ?? quarter)}`}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{previous.narrative}</Text>
        <Button variant="light" onClick={() => onCarry(carryForward(previous))}>
          Carry forward from last quarter
        </Button>
      </Stack>
    </Alert>
  );
}
