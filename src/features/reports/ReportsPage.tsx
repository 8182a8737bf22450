import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  List,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../api/errors';
import { settingsQuery } from '../../api/queries';
import type { ClosedQuarterFacts } from '../../domain/quarterFigures';
import { useExportQuarterSummary } from '../../api/mutations';
import { closedQuartersQuery, quarterPictureQuery } from '../../api/scrutiny';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatUkDateTime, todayIso } from '../../domain/dates';
import { quarterKey, quarterKeyLabel, type QuarterKey } from '../../domain/quarters';
import { deliverySummary, headlineFiguresOf, ragSummaryOf } from '../../domain/scrutiny';
import { reportingQuarterOf } from '../../domain/workspace';
import { downloadFile } from '../../lib/download';
import {
  EXPORT_FORMATS,
  exportStepText,
  formatName,
  type ExportFormat,
  type ExportStep,
} from '../../domain/report/formats';
import { formatBytes } from '../../lib/storage';
import { BusyButton } from '../../components/BusyButton';

const labelOf = quarterKeyLabel;

/** The quarterly performance summary for each closed quarter, and a draft of the open one. */
export function ReportsPage() {
  // Their records (15 MB each at 20,000 actions) are not read: their kept figures say.
  const closedQuarters = useQuery(closedQuartersQuery());
  const settings = useQuery(settingsQuery());
  const reporting = quarterKey(reportingQuarterOf(settings.data, todayIso()));
  return (
    <>
      <PageHeader
        title="Reports"
        lead="The quarterly performance summary for the board and scrutiny committees, made from the snapshot frozen when the quarter closed. Its figures are the scrutiny view’s. Every export is recorded in the audit trail."
      />
      <Text mb="lg" maw={760}>
        {EXPORT_FORMATS.map(({ label, what }) => `${label}: ${what}`).join('. ')}.
      </Text>
      <QueryState query={closedQuarters} what="the closed quarters">
        {(closed) => {
          const draftOpen = !closed.some((s) => s.quarter === reporting);
          return (
            <Stack gap="xl">
              {draftOpen ? <DraftQuarter quarter={reporting} /> : null}
              <section aria-labelledby="closed-quarters">
                <Title order={2} id="closed-quarters" mb="sm">
                  Closed quarters
                </Title>
                {closed.length === 0 ? (
                  <EmptyState title="No quarter has been closed yet">
                    Close a quarter in{' '}
                    <Anchor component={Link} to="/updates">
                      Quarterly updates
                    </Anchor>{' '}
                    to freeze its figures for reporting.
                  </EmptyState>
                ) : (
                  <Stack gap="md">
                    {closed.map((snapshot) => (
                      <ClosedQuarter key={snapshot.id} snapshot={snapshot} />
                    ))}
                  </Stack>
                )}
              </section>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

function ClosedQuarter({ snapshot }: { readonly snapshot: ClosedQuarterFacts }) {
  const label = labelOf(snapshot.quarter);
  const headingId = `quarter-${snapshot.quarter}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start">
        <Title order={3} id={headingId}>
          {label}
        </Title>
        <Badge variant="light" color="blue">
          Closed
        </Badge>
      </Group>
      <Text size="sm" mt={4}>
        Closed by {snapshot.closedBy} on {formatUkDateTime(snapshot.closedAt)} (version{' '}
        {snapshot.version}). Snapshot SHA-256 <Code>{snapshot.hash}</Code>
      </Text>
      <Anchor component={Link} to={`/scrutiny/${snapshot.quarter}`} size="sm">
        See {label} in the scrutiny view
      </Anchor>
      <ExportButtons quarter={snapshot.quarter} label={label} />
    </Card>
  );
}

function DraftQuarter({ quarter }: { readonly quarter: QuarterKey }) {
  const picture = useQuery(quarterPictureQuery(quarter));
  const label = labelOf(quarter);
  return (
    <section aria-labelledby="draft-quarter">
      <Title order={2} id="draft-quarter" mb="sm">
        Draft preview: {label}
      </Title>
      <Card withBorder>
        <Alert color="orange" title="Not yet closed" mb="sm">
          {label} is still open. A draft export uses today’s figures, is marked as a draft
          throughout, and may differ from the summary made when the quarter closes.
        </Alert>
        <QueryState query={picture} what="the draft figures">
          {(p) => (
            <>
              <Text fw={700}>Executive summary as it stands</Text>
              <List size="sm" spacing={4} mb="xs">
                <List.Item>{ragSummaryOf(p.figures.ragMix, p.previous?.ragMix.red)}</List.Item>
                <List.Item>{deliverySummary(p.figures)}</List.Item>
                <List.Item>
                  {headlineFiguresOf(p.figures.headlines)
                    .map(([figure, value]) => `${figure}: ${value}`)
                    .join('; ')}
                  .
                </List.Item>
              </List>
            </>
          )}
        </QueryState>
        <Anchor component={Link} to={`/scrutiny/${quarter}`} size="sm">
          See the draft in the scrutiny view
        </Anchor>
        <ExportButtons quarter={quarter} label={`${label} (draft)`} />
      </Card>
    </section>
  );
}

/**
 * One button per format. The file is made in a worker, step by step, while the page stays usable;
 * it can be cancelled until it is recorded, and leaving the page cancels it. It downloads once it
 * is made and its export is audited.
 */
function ExportButtons({
  quarter,
  label,
}: {
  readonly quarter: QuarterKey;
  readonly label: string;
}) {
  const exporting = useExportQuarterSummary();
  const [step, setStep] = useState<ExportStep | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  // What is being made, and what was last downloaded, both follow from the mutation itself.
  const pending = exporting.isPending ? exporting.variables.format : null;
  const cancelled = exporting.isError && isCancellation(exporting.error);
  const done = exporting.isSuccess
    ? `Downloaded ${exporting.data.name} (${formatBytes(exporting.data.blob.size)}). Recorded in the audit trail.`
    : cancelled
      ? 'Export cancelled. Nothing was downloaded or recorded.'
      : null;
  const start = (format: ExportFormat) => {
    const controller = new AbortController();
    running.current = controller;
    setStep(null);
    exporting.mutate(
      { quarter, format, signal: controller.signal, onStep: setStep },
      { onSuccess: (file) => downloadFile(file.name, file.blob, file.blob.type) },
    );
  };
  return (
    <Stack gap="xs" mt="md">
      <Group gap="sm" role="group" aria-label={`Export ${label}`}>
        {EXPORT_FORMATS.map(({ format, label: name }) => (
          <BusyButton
            key={format}
            variant={format === 'docx' ? 'filled' : 'default'}
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={pending === format}
            disabled={pending !== null && pending !== format}
            onClick={() => start(format)}
          >
            {name}
          </BusyButton>
        ))}
        {pending && step !== 'recording' ? (
          <Button
            variant="subtle"
            color="red"
            onClick={() => running.current?.abort()}
            aria-label={`Cancel the ${formatName(pending)} export`}
          >
            Cancel
          </Button>
        ) : null}
      </Group>
      <Text size="sm" role="status">
        {pending ? exportStepText(pending, step ?? 'reading') : done}
      </Text>
      {exporting.isError && !cancelled ? (
        <Alert color="red" title="The export was not made" role="alert">
          {messageOf(exporting.error)} Nothing was downloaded or recorded.
        </Alert>
      ) : null}
    </Stack>
  );
}

const isCancellation = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';
