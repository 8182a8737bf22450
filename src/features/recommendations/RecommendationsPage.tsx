import { Anchor, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { bodiesQuery, recommendationsQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { FilterBar, FourPRowFilter, SearchFilter, SelectFilter } from '../../components/FilterBar';
import { FourPRowBadge } from '../../components/names';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { bodyDisplayName } from '../../domain/bodies';
import {
  filterRecommendations,
  LEVEL_LABEL,
  RECOMMENDATION_LEVELS,
  RESPONSE_LABEL,
  RESPONSE_STATUSES,
  type RecommendationLevel,
  type ResponseStatus,
} from '../../domain/recommendations';
import type { FourPRowId } from '../../domain/strategicTool';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { ScrollingTable } from '../../components/ScrollingTable';

const FILTERS = ['q', 'level', 'owner', 'row', 'response'] as const;

export function RecommendationsPage() {
  const recommendations = useQuery(recommendationsQuery());
  const bodies = useQuery(bodiesQuery());
  const { values, setFilter, clear, active } = useUrlFilters(FILTERS);
  const search = useDeferredValue(values.q);
  const bodyName = useMemo(
    () => new Map((bodies.data ?? []).map((body) => [body.id, bodyDisplayName(body)])),
    [bodies.data],
  );

  return (
    <>
      <PageHeader
        title="Recommendations"
        lead="The 24 recommendations of the 2023 research report, ordered by the report from strategic to practice level. Owners and 4P rows are suggestions for the board to confirm."
      />
      <FilterBar label="Filter recommendations" active={active} onClear={clear}>
        <SearchFilter
          description="Words in the text, or a number"
          value={values.q}
          onChange={(v) => setFilter('q', v)}
        />
        <SelectFilter
          label="Level"
          all="All levels"
          value={values.level}
          onChange={(v) => setFilter('level', v)}
          options={RECOMMENDATION_LEVELS.map((l) => ({ value: l, label: LEVEL_LABEL[l] }))}
        />
        <SelectFilter
          label="Suggested owner"
          all="All owners"
          value={values.owner}
          onChange={(v) => setFilter('owner', v)}
          options={(bodies.data ?? []).map((b) => ({ value: b.id, label: bodyDisplayName(b) }))}
        />
        <FourPRowFilter value={values.row} onChange={(v) => setFilter('row', v)} />
        <SelectFilter
          label="Board response"
          all="All responses"
          value={values.response}
          onChange={(v) => setFilter('response', v)}
          options={RESPONSE_STATUSES.map((s) => ({ value: s, label: RESPONSE_LABEL[s] }))}
        />
      </FilterBar>
      <QueryState query={recommendations} what="the recommendations">
        {(list) => {
          const shown = filterRecommendations(list, {
            search,
            level: values.level as RecommendationLevel | '',
            ownerId: values.owner,
            row: values.row as FourPRowId | '',
            response: values.response as ResponseStatus | '',
          });
          return (
            <>
              <Text role="status" mb="sm">
                Showing {shown.length} of {list.length} recommendations
              </Text>
              {shown.length === 0 ? (
                <EmptyState title="No recommendations match these filters">
                  Change the search or the filters, or clear them to see all 24.
                </EmptyState>
              ) : (
                <ScrollingTable label="Recommendations" minWidth={800}>
                  <Table striped verticalSpacing="sm">
                    <Table.Caption>Recommendations, in the report’s order</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">No.</Table.Th>
                        <Table.Th scope="col">Recommendation</Table.Th>
                        <Table.Th scope="col">Level</Table.Th>
                        <Table.Th scope="col">Suggested owner</Table.Th>
                        <Table.Th scope="col">Suggested 4P rows</Table.Th>
                        <Table.Th scope="col">Board response</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {shown.map((r) => (
                        <Table.Tr key={r.number}>
                          <Table.Td>{r.number}</Table.Td>
                          <Table.Td>
                            <Anchor component={Link} to={`/recommendations/${r.number}`}>
                              {r.text}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{LEVEL_LABEL[r.level]}</Table.Td>
                          <Table.Td>
                            {bodyName.get(r.suggestedOwnerId) ?? r.suggestedOwnerId}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              {r.suggestedRows.map((row) => (
                                <FourPRowBadge key={row} row={row} />
                              ))}
                            </Group>
                          </Table.Td>
                          <Table.Td>{RESPONSE_LABEL[r.response]}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollingTable>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
