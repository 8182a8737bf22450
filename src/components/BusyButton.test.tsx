import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BusyButton } from './BusyButton';

const shown = (loading: boolean) => (
  <MantineProvider>
    <BusyButton loading={loading}>Save</BusyButton>
    <input aria-label="Elsewhere" />
  </MantineProvider>
);

/** Pressed with the focus on it, then busy: the browser takes the focus from a disabled button. */
async function pressThenBusy() {
  const view = render(shown(false));
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  // As the browser does once the button is disabled (jsdom cannot blur a disabled button).
  screen.getByRole('button', { name: 'Save' }).blur();
  view.rerender(shown(true));
  expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  return view;
}

describe('a busy button', () => {
  it('has the focus again when it is done, if it had it when pressed', async () => {
    const view = await pressThenBusy();
    expect(document.body).toHaveFocus();
    view.rerender(shown(false));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('leaves the focus where something else has put it meanwhile', async () => {
    const view = await pressThenBusy();
    screen.getByRole('textbox', { name: 'Elsewhere' }).focus();
    view.rerender(shown(false));
    expect(screen.getByRole('textbox', { name: 'Elsewhere' })).toHaveFocus();
  });
});
