import { Button, Card, Group, Loader, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTurnToDraw } from './charts/drawInTurn';
import { chartCodeArrived, loadChartCode, type ChartCode } from './charts/chartCode';
import { useNearView } from './charts/useNearView';
import { DEFAULT_CHART_HEIGHT, type StackedBarsProps } from './charts/stackedBarsProps';

interface ChartFrameProps {
  readonly id: string;
  readonly title: string;
  /** One sentence that says what the chart shows, in words. */
  readonly summary: string;
  /** The same numbers as a real table. */
  readonly table: ReactNode;
  readonly chart?: StackedBarsProps;
  /** A chart drawn without Recharts (the heatmap is itself a table). */
  readonly custom?: ReactNode;
}

/**
 * Every chart has a title, a summary in words and a "show as table" control that reveals the
 * same numbers as an HTML table.
 */
export function ChartFrame({ id, title, summary, table, chart, custom }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`} className="chart-frame">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h3" id={`${id}-title`}>
          {title}
        </Title>
        {chart || custom ? (
          <Button
            variant="default"
            size="xs"
            onClick={() => setAsTable((v) => !v)}
            aria-pressed={asTable}
            className="no-print"
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        ) : null}
      </Group>
      <Text mb="sm">{summary}</Text>
      {asTable || (!chart && !custom) ? (
        table
      ) : (
        <>
          {custom ?? (chart ? <ChartInTurn chart={chart} /> : null)}
          <div className="print-only">{table}</div>
        </>
      )}
    </Card>
  );
}

/**
 * A Recharts chart, drawn once it comes near the screen and its turn comes (charts/drawInTurn):
 * a phone opening a page draws only the charts it shows. Until then, and while Recharts loads, a
 * line holds the chart's own height, so nothing below moves when the chart arrives.
 */
function ChartInTurn({ chart }: { readonly chart: StackedBarsProps }) {
  const { ref, near } = useNearView<HTMLDivElement>();
  const { mayDraw, drawn } = useTurnToDraw(near);
  const waiting = (
    // A status, not a labelled span: axe rightly refuses aria-label on a plain span.
    <Group
      ref={ref}
      gap="xs"
      role="status"
      className="no-print"
      h={chart.height ?? DEFAULT_CHART_HEIGHT}
      align="flex-start"
    >
      <Loader size="sm" aria-hidden="true" />
      <Text size="sm">Loading the chart…</Text>
    </Group>
  );
  const code = useChartCode(mayDraw);
  if (code === 'failed')
    return (
      <Text role="alert">
        The chart could not be loaded. Its numbers are in the table: choose “Show as table”.
      </Text>
    );
  if (!mayDraw || !code) return waiting;
  return (
    <>
      <code.default {...chart} />
      <Drawn onDrawn={drawn} />
    </>
  );
}

/**
 * Recharts' code for a chart that may draw: at once if it has arrived, else once it does. Not
 * `React.lazy`: a lazy chart revealed in a transition waits for React's throttle on Suspense
 * fallbacks (300 ms), which was most of the time a closed quarter's view took to show its first
 * chart.
 */
function useChartCode(wanted: boolean): ChartCode | 'failed' | null {
  const [code, setCode] = useState<ChartCode | 'failed' | null>(chartCodeArrived);
  useEffect(() => {
    if (!wanted || code) return;
    loadChartCode().then(setCode, () => setCode('failed'));
  }, [wanted, code]);
  return code;
}

/** Tells the turn it is over, once the chart beside it is on the page. */
function Drawn({ onDrawn }: { readonly onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return null;
}
