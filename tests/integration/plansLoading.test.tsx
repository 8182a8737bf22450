/**
 * The plans page draws its loading line only once the bodies' links above it are drawn: on a phone
 * the links wrap to several lines, and drawn after the loading line they pushed it down (a layout
 * shift Lighthouse counted on /plans).
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Reads from '../../src/db/reads';
import { freshWorkspace, renderApp } from './renderApp';

let release: () => void = () => undefined;
let holding = false;

vi.mock('../../src/db/reads', async (original) => {
  const real = await original<typeof Reads>();
  return {
    ...real,
    listBodies: async () => {
      if (holding) await new Promise<void>((resolve) => (release = resolve));
      return real.listBodies();
    },
  };
});

beforeEach(async () => {
  await freshWorkspace();
  holding = true;
});

afterEach(() => {
  holding = false;
  release();
});

describe('the plans page, while the bodies are read', () => {
  it('shows one loading line, then the bodies’ links above the plan', async () => {
    renderApp('/plans');
    expect(await screen.findByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
    expect(screen.getByText('Loading the action plans…')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Plans by body' })).toBeNull();

    holding = false;
    release();
    const links = await screen.findByRole('navigation', { name: 'Plans by body' });
    expect(links).toHaveTextContent('All bodies');
    expect(
      await screen.findByText(/^Showing 1–\d+ of \d+ actions$|^No action/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Loading the action plans…')).toBeNull();
  });

  it('names a body’s plan only once the bodies are read', async () => {
    renderApp('/plans/ASB');
    expect(await screen.findByText('Loading the action plans…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();

    holding = false;
    release();
    expect(await screen.findByRole('heading', { level: 1, name: /action plan$/ })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Action plans');
  });
});
