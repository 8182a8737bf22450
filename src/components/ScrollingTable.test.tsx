import { MantineProvider, Table } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScrollingTable } from './ScrollingTable';

/** jsdom lays nothing out: the table is given a width, and its box the box's. */
function laidOut(tableWidth: number, boxWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(tableWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(boxWidth);
}

function showTable() {
  render(
    <MantineProvider>
      <button type="button">Before</button>
      <ScrollingTable label="Actions by 4P row and body" minWidth={760}>
        <Table>
          <Table.Caption>Actions by 4P row and body</Table.Caption>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>Pursue</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollingTable>
      <button type="button">After</button>
    </MantineProvider>,
  );
}

/** Each observer's report: called again to say the boxes were resized. */
let resized: (() => void)[] = [];

describe('a table that scrolls sideways when it cannot fit', () => {
  beforeEach(() => {
    resized = [];
    // An observer reports each element once when first observed, as the browser's does.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly report: (entries: ResizeObserverEntry[]) => void) {
          resized.push(() => report([]));
        }
        observe() {
          this.report([]);
        }
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('while it scrolls, is a named region the keyboard can reach, the table inside it', async () => {
    laidOut(760, 320);
    showTable();
    const region = await screen.findByRole('region', { name: 'Actions by 4P row and body' });
    expect(region).toContainElement(screen.getByRole('table'));
    await userEvent.click(screen.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    expect(region).toHaveFocus();
  });

  it('when it fits, is no stop for the keyboard and no region', async () => {
    laidOut(760, 760);
    showTable();
    await userEvent.click(screen.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('comes to fit while the region has the focus: keeps it until the focus moves on', async () => {
    laidOut(760, 320);
    showTable();
    const region = await screen.findByRole('region', { name: 'Actions by 4P row and body' });
    await userEvent.click(screen.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    expect(region).toHaveFocus();

    // The phone turned on its side: the table fits.
    laidOut(760, 900);
    act(() => resized.forEach((report) => report()));
    expect(region).toHaveFocus();
    expect(region).toHaveAttribute('tabindex', '0');

    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
  });
});
