import { Alert, Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  bodiesQuery,
  indicatorsQuery,
  liveRecordsQuery,
  settingsQuery,
  swotQuery,
} from '../../api/queries';
import { latestClosedOr, quarterPictureQuery } from '../../api/scrutiny';
import { InSlices } from '../../components/InSlices';
import { PageHeader } from '../../components/PageHeader';
import { QueriesState, type QueriesData } from '../../components/QueryState';
import { formatUkDateTime, todayIso } from '../../domain/dates';
import { indicatorForReport } from '../../domain/indicators';
import { parseQuarterKey, quarterKey, quarterLabel, type QuarterKey } from '../../domain/quarters';
import { reportingQuarterOf } from '../../domain/workspace';
import { sectionsOf, type Section } from './ScrutinySections';

/** The read-only view for councillors at a scrutiny committee. */
export function ScrutinyPage() {
  const param = useParams().quarter;
  const settings = useQuery(settingsQuery());
  const reporting = quarterKey(reportingQuarterOf(settings.data, todayIso()));
  const requested = param ? parseQuarterKey(param) : undefined;
  // The closed quarters, from the indexes. Without a quarter in the address: the latest closed
  // quarter, or the reporting quarter's draft (the settings', so they are read first: the app has
  // them already).
  const live = useQuery({ ...liveRecordsQuery(), enabled: settings.isSuccess });
  const latest = live.data ? latestClosedOr(live.data, reporting) : undefined;
  const shown = requested ? quarterKey(requested) : latest;
  const picture = useQuery({
    ...quarterPictureQuery(shown ?? reporting, live.data),
    enabled: Boolean(shown),
  });
  const bodies = useQuery(bodiesQuery());
  const swot = useQuery(swotQuery());
  const indicators = useQuery(indicatorsQuery());
  const [presenting, setPresenting] = useState<number | null>(null);

  if (param && !requested) {
    return (
      <>
        <PageHeader title="Quarter not found" />
        <Text>
          Quarters are written like 2026-Q1.{' '}
          <Anchor component={Link} to="/scrutiny">
            See the latest closed quarter
          </Anchor>
          .
        </Text>
      </>
    );
  }

  const quarter = shown ? parseQuarterKey(shown) : undefined;
  const label = quarter ? quarterLabel(quarter) : shown;
  const queries = { picture, live, bodies, swot, indicators };
  const sectionsFrom = (data: QueriesData<typeof queries>) =>
    sectionsOf(
      data.picture,
      data.bodies,
      data.swot,
      data.indicators.indicators.map((i) =>
        indicatorForReport(i, data.indicators.values, data.picture.quarter),
      ),
      presenting !== null,
    );

  if (presenting !== null) {
    return (
      <QueriesState queries={queries} what="the scrutiny view">
        {(data) => (
          <Presentation
            sections={sectionsFrom(data)}
            start={presenting}
            label={label ?? data.picture.quarter}
            onExit={() => setPresenting(null)}
          />
        )}
      </QueriesState>
    );
  }

  // The heading names the quarter, known after two quick reads (the settings and the closed
  // quarters' index): drawn before, it would change and, on a phone, wrap and push the page down.
  if (!label && !live.isError) return null;

  // The heading and its lead are drawn before the picture is read (they are the page's largest
  // text, so its first meaningful paint); the rest once everything it shows is read: each later
  // arrival would redraw every chart.
  return (
    <>
      <PageHeader
        title={label ? `Scrutiny: ${label}` : 'Scrutiny'}
        lead="Progress on the SafetyNet action plan for councillors. Read-only: the actions’ figures are as reported when the quarter closed; outcome indicators are the figures held today."
      >
        <Group gap="md" className="no-print">
          <Button onClick={() => setPresenting(0)}>Present to the committee</Button>
          <Button variant="default" onClick={() => window.print()}>
            Print
          </Button>
        </Group>
      </PageHeader>
      <QueriesState queries={queries} what="the scrutiny view">
        {(data) => {
          const p = data.picture;
          const closedQuarters = data.live.map((record) => record.quarter);
          const sections = sectionsFrom(data);
          return (
            <>
              {p.closed ? (
                <Text mb="md">
                  Closed by {p.closed.closedBy} on {formatUkDateTime(p.closed.closedAt)} (version{' '}
                  {p.closed.version}). Snapshot SHA-256 <Code>{p.closed.hash}</Code>
                </Text>
              ) : (
                <Alert color="orange" title="Draft, not yet closed" mb="md" role="status">
                  {label} is still open. These figures are today’s and may change before the quarter
                  is closed.
                </Alert>
              )}
              {closedQuarters.length > 0 ? (
                <Group
                  component="nav"
                  aria-label="Closed quarters"
                  gap="sm"
                  mb="lg"
                  className="no-print"
                >
                  <Text size="sm">Closed quarters:</Text>
                  {closedQuarters.map((key: QuarterKey) => {
                    const q = parseQuarterKey(key);
                    return (
                      <Anchor
                        key={key}
                        component={Link}
                        to={`/scrutiny/${key}`}
                        aria-current={key === p.quarter ? 'page' : undefined}
                        className="link-chip"
                      >
                        {q ? quarterLabel(q) : key}
                      </Anchor>
                    );
                  })}
                </Group>
              ) : null}
              <Stack gap="xl">
                {sections.slice(0, 1).map(sectionOnPage)}
                <InSlices>{sections.slice(1).map(sectionOnPage)}</InSlices>
              </Stack>
            </>
          );
        }}
      </QueriesState>
    </>
  );
}

function sectionOnPage(section: Section) {
  return (
    <section
      key={section.id}
      aria-labelledby={`section-${section.id}`}
      className="scrutiny-section"
    >
      <Title order={2} id={`section-${section.id}`} mb="sm">
        {section.title}
      </Title>
      {section.body}
    </section>
  );
}

/** Presentation mode: one section at a time, large type, moved by the keyboard. */
function Presentation({
  sections,
  start,
  label,
  onExit,
}: {
  readonly sections: readonly Section[];
  readonly start: number;
  readonly label: string;
  readonly onExit: () => void;
}) {
  const [index, setIndex] = useState(start);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = sections[index];
  useEffect(() => {
    heading.current?.focus();
  }, [index]);
  useEffect(() => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onKey = (event: KeyboardEvent) => {
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) {
        event.preventDefault();
        setIndex((i) => Math.min(sections.length - 1, i + 1));
      } else if (['ArrowLeft', 'PageUp'].includes(event.key)) {
        event.preventDefault();
        setIndex((i) => Math.max(0, i - 1));
      } else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(sections.length - 1);
      else if (event.key === 'Escape') onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [sections.length, onExit]);
  if (!section) return null;
  return (
    <div className="presentation" role="region" aria-label={`Presentation of ${label}`}>
      <Group justify="space-between" mb="lg">
        <Text fw={700}>
          {label} · {index + 1} of {sections.length}
        </Text>
        <Group>
          <Button
            variant="default"
            onClick={() => setIndex((i) => Math.max(0, i - 1))}
            disabled={index === 0}
          >
            Previous
          </Button>
          <Button
            variant="default"
            onClick={() => setIndex((i) => Math.min(sections.length - 1, i + 1))}
            disabled={index === sections.length - 1}
          >
            Next
          </Button>
          <Button onClick={onExit}>Exit presentation</Button>
        </Group>
      </Group>
      <Title order={1} ref={heading} tabIndex={-1} mb="lg" className="slide-title">
        {section.title}
      </Title>
      {section.body}
      <Text size="sm" mt="xl">
        Use the arrow keys to move between sections, and Escape to leave.
      </Text>
    </div>
  );
}
