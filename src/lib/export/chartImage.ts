/**
 * Turns a report chart into a PNG at print resolution (300 dots per inch at the size it is placed
 * in the document): the drawing from `chartDrawing` painted onto a canvas. An `OffscreenCanvas`
 * where there is one (so the export worker draws its own charts), the page's canvas otherwise.
 */
import type { ReportChart } from '../../domain/report/model';
import { chartDrawing, type ChartDrawing } from './chartDrawing';

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

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const CANVAS_ALIGN = { start: 'left', center: 'center', end: 'right' } as const;

function paint(context: Context, drawing: ChartDrawing) {
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, drawing.width, drawing.height);
  context.lineWidth = 1;
  for (const shape of drawing.shapes) {
    switch (shape.kind) {
      case 'rect':
        context.fillStyle = shape.fill;
        context.fillRect(shape.x, shape.y, shape.width, shape.height);
        break;
      case 'line':
        context.strokeStyle = shape.stroke;
        context.beginPath();
        context.moveTo(shape.x1, shape.y1);
        context.lineTo(shape.x2, shape.y2);
        context.stroke();
        break;
      case 'text':
        context.fillStyle = shape.fill;
        context.font = `${shape.bold ? '700 ' : ''}${shape.size}px ${drawing.font}`;
        context.textAlign = CANVAS_ALIGN[shape.align];
        context.fillText(shape.text, shape.x, shape.y);
        break;
    }
  }
}

/** A canvas of the size given, and how to read it back as PNG. */
function canvasOf(width: number, height: number) {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    return { context: canvas.getContext('2d'), png: () => canvas.convertToBlob() };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return {
    context: canvas.getContext('2d'),
    png: () =>
      new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (result) =>
            result ? resolve(result) : reject(new Error('The chart could not be drawn.')),
          'image/png',
        ),
      ),
  };
}

export const renderChartImage: ChartRenderer = async (chart) => {
  const drawing = chartDrawing(chart);
  const { context, png } = canvasOf(
    Math.round(drawing.width * PRINT_SCALE),
    Math.round(drawing.height * PRINT_SCALE),
  );
  if (!context) throw new Error('This browser cannot draw charts for documents.');
  context.scale(PRINT_SCALE, PRINT_SCALE);
  paint(context, drawing);
  const blob = await png();
  return {
    id: chart.id,
    png: new Uint8Array(await blob.arrayBuffer()),
    width: drawing.width,
    height: drawing.height,
  };
};
