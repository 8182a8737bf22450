import { MantineProvider, Table } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScrollingTable } from './ScrollingTable';

describe('a table that scrolls sideways on a narrow screen', () => {
  it('is held in a named region the keyboard can reach, with the table inside it', async () => {
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
      </MantineProvider>,
    );
    const region = screen.getByRole('region', { name: 'Actions by 4P row and body' });
    expect(region).toContainElement(screen.getByRole('table'));
    await userEvent.click(screen.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    expect(region).toHaveFocus();
  });
});
