/** The sections of the scrutiny page, in the order a committee reads them. */
import { Stack } from '@mantine/core';
import { type ReactNode } from 'react';
import type { ScrutinyPicture } from '../../api/quarterPicture';
import {
  DeliveryChart,
  DirectionView,
  EnquiryList,
  ExceptionsView,
  Headlines,
  Heatmap,
  IndicatorsTable,
  OverdueChart,
  RagMixChart,
  RecommendationsTable,
  TrendChart,
} from '../../components/scrutiny/sections';
import type { Body } from '../../domain/bodies';
import { enquiriesFrom } from '../../domain/enquiry';
import type { ReportIndicator } from '../../domain/indicators';
import type { SwotItem } from '../../domain/swot';

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly body: ReactNode;
}

export function sectionsOf(
  picture: ScrutinyPicture,
  bodies: readonly Body[],
  swot: readonly SwotItem[],
  indicators: readonly ReportIndicator[],
  /** For slides: long lists give way to counts, so each slide fits the screen. */
  slides = false,
): Section[] {
  const { figures, previous } = picture;
  return [
    { id: 'headlines', title: 'Headline figures', body: <Headlines figures={figures} /> },
    {
      id: 'rag',
      title: 'RAG mix',
      body: <RagMixChart figures={figures} previous={previous} bodies={bodies} />,
    },
    {
      id: 'recommendations',
      title: 'The 24 recommendations',
      body: (
        <Stack>
          <DeliveryChart figures={figures} />
          <RecommendationsTable figures={figures} />
        </Stack>
      ),
    },
    {
      id: 'tool',
      title: 'The strategic tool',
      body: <Heatmap figures={figures} bodies={bodies} />,
    },
    { id: 'trend', title: 'Trend across quarters', body: <TrendChart points={picture.trend} /> },
    {
      id: 'exceptions',
      title: 'Exceptions',
      body: (
        <Stack>
          <OverdueChart figures={figures} bodies={bodies} />
          <ExceptionsView figures={figures} bodies={bodies} />
        </Stack>
      ),
    },
    {
      id: 'direction',
      title: 'Direction of travel',
      body: <DirectionView figures={figures} bodies={bodies} compact={slides} />,
    },
    {
      id: 'indicators',
      title: 'Outcome indicators',
      body: <IndicatorsTable indicators={indicators} />,
    },
    {
      id: 'enquiry',
      title: 'Suggested lines of enquiry',
      body: (
        <EnquiryList
          enquiries={enquiriesFrom(figures.enquiry, {
            bodies,
            swot,
            indicators: indicators.map((i) => i.series),
          })}
        />
      ),
    },
  ];
}
