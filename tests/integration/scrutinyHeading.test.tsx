/**
 * The scrutiny page draws its heading and lead at once, while the quarter's picture is still being
 * read (they are its largest text, so what a phone shows first), and the rest when the picture
 * arrives, under the same heading.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as QuarterPicture from '../../src/api/quarterPicture';
import { freshWorkspace, renderApp } from './renderApp';

let release: () => void = () => undefined;

vi.mock('../../src/api/quarterPicture', async (original) => {
  const real = await original<typeof QuarterPicture>();
  return {
    ...real,
    loadScrutinyPicture: async (...args: Parameters<typeof real.loadScrutinyPicture>) => {
      await new Promise<void>((resolve) => (release = resolve));
      return real.loadScrutinyPicture(...args);
    },
  };
});

beforeEach(async () => {
  await freshWorkspace();
});

afterEach(() => release());

describe('the scrutiny page, while its picture is read', () => {
  it('shows its heading and lead first, then the sections under the same heading', async () => {
    renderApp('/scrutiny');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: /^Scrutiny: Q\d \d{4}\/\d{2}$/,
    });
    expect(
      screen.getByText(/^Progress on the SafetyNet action plan for councillors\./),
    ).toBeVisible();
    expect(screen.getByText('Loading the scrutiny view…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Headline figures' })).toBeNull();

    release();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Headline figures' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading);
    expect(screen.queryByText('Loading the scrutiny view…')).toBeNull();
  });
});
