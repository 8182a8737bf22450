import { describe, expect, it } from 'vitest';
import { calibratedSlowdown } from './cpuCalibration';

describe('the CPU slowdown calibrated to this machine', () => {
  it('follows the calculator’s points, and between them its lines', () => {
    expect(calibratedSlowdown(1533)).toBeCloseTo(4, 2);
    expect(calibratedSlowdown(1766)).toBeCloseTo(5, 2);
    expect(calibratedSlowdown(1300)).toBeCloseTo(3, 5);
    expect(calibratedSlowdown(800)).toBeCloseTo(2, 5);
    expect(calibratedSlowdown(1050)).toBeCloseTo(2.5, 5);
    expect(calibratedSlowdown(475)).toBeCloseTo(1.5, 5);
  });

  it('never speeds the processor up, and refuses a missing measure', () => {
    expect(calibratedSlowdown(100)).toBe(1);
    expect(() => calibratedSlowdown(Number.NaN)).toThrow(/no CPU benchmark index/);
    expect(() => calibratedSlowdown(0)).toThrow(/no CPU benchmark index/);
  });
});
