import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Problem } from '../domain/problems';

/** A refused input's problem, as the domain rules report it. */
export type FieldProblem = Problem;

interface ErrorSummaryProps {
  readonly problems: readonly FieldProblem[];
  /** The id of the input for each field, so each message links to its field. */
  readonly fieldIds: Readonly<Record<string, string>>;
}

/**
 * The GOV.UK error summary: shown at the top of a form when it is refused, focused so that it is
 * announced, with each problem linking to its field.
 */
export function ErrorSummary({ problems, fieldIds }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <Alert
      ref={summary}
      tabIndex={-1}
      color="red"
      variant="outline"
      title="There is a problem"
      role="alert"
      mb="md"
      styles={{ root: { borderWidth: 4 } }}
    >
      <List>
        {problems.map((problem) => (
          <List.Item key={`${problem.field}:${problem.message}`}>
            <Anchor
              href={`#${fieldIds[problem.field] ?? problem.field}`}
              c="red.9"
              fw={700}
              onClick={(event) => {
                const target = document.getElementById(fieldIds[problem.field] ?? problem.field);
                if (target) {
                  event.preventDefault();
                  target.focus();
                }
              }}
            >
              {problem.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The first message for a field, for its inline error. */
export function fieldError(problems: readonly FieldProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}
