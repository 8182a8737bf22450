import { describe, expect, it } from 'vitest';
import { CATEGORY_LABEL_WIDTH, categoryLabelWidth } from './stackedBarsProps';

describe('the room a sideways chart gives its category labels', () => {
  it('is 180 px wherever the chart is wide enough to spare it', () => {
    expect(categoryLabelWidth(1000)).toBe(CATEGORY_LABEL_WIDTH);
    expect(categoryLabelWidth(455)).toBe(180);
  });

  it('shrinks with a narrow chart, so the bars keep more than half of a phone’s width', () => {
    expect(categoryLabelWidth(380)).toBe(171);
    const phone = 318;
    expect(categoryLabelWidth(phone)).toBe(150);
    expect(phone - categoryLabelWidth(phone)).toBeGreaterThan(phone / 2);
  });

  it('never leaves a body’s name less than 150 px, nor guesses before the width is known', () => {
    expect(categoryLabelWidth(200)).toBe(150);
    expect(categoryLabelWidth(0)).toBe(CATEGORY_LABEL_WIDTH);
  });
});
