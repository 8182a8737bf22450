/** A promise that fails with nobody to catch it is shown to the person, not swallowed. */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noticeUnhandledFailures } from '../../src/app/failureNotice';

describe('unhandled failures', () => {
  it('show a notice in words', async () => {
    render(
      <MantineProvider>
        <Notifications />
      </MantineProvider>,
    );
    const stop = noticeUnhandledFailures();
    const event = Object.assign(new Event('unhandledrejection'), {
      reason: new Error('the export library did not load'),
    });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(await screen.findByText('Something did not finish')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Something went wrong and nothing was saved: the export library did not load/,
      ),
    ).toBeInTheDocument();
    stop();
  });
});
