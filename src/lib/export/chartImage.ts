/**
 * Turns a report chart into a PNG at print resolution (300 dots per inch at the size it is placed
 * in the document), in the browser: the SVG from `chartSvg` is drawn onto a canvas.
 */
import type { ReportChart } from '../../domain/report/model';
import { chartSvg } from './chartSvg';

export interface ChartImage {
  readonly id: string;
  readonly png: Uint8Array;
  /** Size on the page in CSS pixels (96 to the inch); the PNG holds PRINT_SCALE times as many. */
  readonly width: number;
  readonly height: number;
}

/** 600 px at 96 dpi is 6.25 inches; 3.125 times that many pixels is 300 dpi. */
const PRINT_SCALE = 3.125;

export type ChartRenderer = (chart: ReportChart) => Promise<ChartImage>;

export const renderChartImage: ChartRenderer = async (chart) => {
  const { svg, width, height } = chartSvg(chart);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PRINT_SCALE);
    canvas.height = Math.round(height * PRINT_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw charts for documents.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (result) => (result ? resolve(result) : reject(new Error('The chart could not be drawn.'))),
        'image/png',
      ),
    );
    return { id: chart.id, png: new Uint8Array(await blob.arrayBuffer()), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
};
