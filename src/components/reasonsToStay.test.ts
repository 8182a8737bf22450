import { describe, expect, it } from 'vitest';
import { UNSAVED, wordsFor, type LeavingWords } from './reasonsToStay';

const RESTORING: LeavingWords = {
  title: 'Stop the restore?',
  body: 'The restore stops.',
  stay: 'Stay until it finishes',
  leave: 'Stop the restore and leave',
};

describe('the words a page is left with', () => {
  it('none when no reason holds; one reason in its own words', () => {
    expect(wordsFor([])).toBeUndefined();
    expect(wordsFor([RESTORING])).toBe(RESTORING);
  });

  it('the same words given by two forms are said once', () => {
    expect(wordsFor([UNSAVED, UNSAVED])).toBe(UNSAVED);
  });

  it('several reasons: each body, in the order given, and buttons that name none of them', () => {
    expect(wordsFor([UNSAVED, RESTORING, UNSAVED])).toEqual({
      title: 'Leave this page?',
      body: `${UNSAVED.body} ${RESTORING.body}`,
      stay: 'Stay on this page',
      leave: 'Leave anyway',
    });
  });
});
