/** What a command throws when it writes nothing (`command.ts`), apart from the writing itself. */
import type { Problem } from '../domain/problems';

/** A command refused its input; nothing was written. */
export class ValidationError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((problem) => problem.message).join('; '));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/**
 * Another tab upgraded the database, or replaced the workspace with a backup: this tab must reload
 * before it can write.
 */
export class StaleConnectionError extends Error {
  constructor() {
    super(
      'Another tab updated the app or restored a backup. Reload this page to carry on; nothing has been saved from this tab since.',
    );
    this.name = 'StaleConnectionError';
  }
}

/**
 * Thrown by a command that finds, inside its transaction, that there is nothing to change: the
 * transaction ends with nothing written and nothing audited, and the command returns `value`.
 */
export class NothingToChange<T> extends Error {
  readonly value: T;
  constructor(value: T) {
    super('Nothing to change');
    this.name = 'NothingToChange';
    this.value = value;
  }
}
