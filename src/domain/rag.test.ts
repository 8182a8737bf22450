import { describe, expect, it } from 'vitest';
import { RAG, RAG_STATUSES, isRagStatus, ragNeedsCorrectiveAction } from './rag';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('RAG vocabulary', () => {
  it('has Red, Amber, Green and Blue for complete, each with a word and an icon', () => {
    expect(RAG_STATUSES.map((status) => RAG[status].label)).toEqual([
      'Red',
      'Amber',
      'Green',
      'Blue',
    ]);
    expect(new Set(RAG_STATUSES.map((status) => RAG[status].icon)).size).toBe(4);
    expect(RAG.blue.meaning).toMatch(/complete/i);
  });

  it('has text that meets WCAG AA contrast on its colour', () => {
    for (const status of RAG_STATUSES) {
      expect(contrast(RAG[status].background, RAG[status].text)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('asks for corrective action on Red and Amber only', () => {
    expect(RAG_STATUSES.filter(ragNeedsCorrectiveAction)).toEqual(['red', 'amber']);
  });

  it('recognises only its own statuses', () => {
    expect(isRagStatus('amber')).toBe(true);
    expect(isRagStatus('Amber')).toBe(false);
    expect(isRagStatus(undefined)).toBe(false);
  });
});
