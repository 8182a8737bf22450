import { describe, expect, it } from 'vitest';
import { action } from '../../tests/fixtures/actions';
import { recommendationDelivery } from './coverage';
import {
  statusAfterUpdate,
  statusContradiction,
  statusFromRag,
  statusInWords,
  statusNeedsReason,
  statusSetterAfterEdit,
  upgradeActionStatus,
} from './lifecycle';

describe('an action’s status follows its updates', () => {
  it('is Complete after a Blue update and In progress after any other RAG', () => {
    expect(statusFromRag('blue')).toBe('complete');
    for (const rag of ['red', 'amber', 'green'] as const)
      expect(statusFromRag(rag)).toBe('in-progress');
    expect(statusFromRag(null)).toBeNull();
  });

  it('moves with each update, whoever set it last, and names the updates as the setter', () => {
    const started = action({ status: 'not-started' });
    expect(statusAfterUpdate(started, 'green')).toEqual({
      status: 'in-progress',
      statusSetBy: 'updates',
      statusNote: '',
    });
    const byHand = action({ status: 'complete', statusSetBy: 'manager', statusNote: 'Signed off' });
    expect(statusAfterUpdate(byHand, 'amber').status).toBe('in-progress');
    expect(statusAfterUpdate(started, null)).toBe(started);
  });

  it('never overrides a manager’s decision to defer or cancel', () => {
    for (const status of ['deferred', 'cancelled'] as const) {
      const decided = action({ status, statusSetBy: 'manager', statusNote: 'Funding paused' });
      expect(statusAfterUpdate(decided, 'blue')).toBe(decided);
    }
  });

  it('counts a status changed on the form as the manager’s, and one left alone as before', () => {
    const following = action({ status: 'in-progress', statusSetBy: 'updates' });
    expect(statusSetterAfterEdit(following, 'in-progress')).toBe('updates');
    expect(statusSetterAfterEdit(following, 'complete')).toBe('manager');
    expect(statusSetterAfterEdit(undefined, 'not-started')).toBe('updates');
    expect(statusSetterAfterEdit(undefined, 'deferred')).toBe('manager');
  });

  it('asks for a reason for a decision, or for a status the latest update contradicts', () => {
    expect(statusNeedsReason('deferred', null, true)).toBe(true);
    expect(statusNeedsReason('complete', 'green', true)).toBe(true);
    expect(statusNeedsReason('complete', 'blue', true)).toBe(false);
    expect(statusNeedsReason('in-progress', null, true)).toBe(false);
    expect(statusNeedsReason('cancelled', null, false)).toBe(false);
  });

  it('says where a hand-set status and the latest update disagree', () => {
    expect(statusContradiction({ status: 'complete', latestRag: 'amber' })).toBe(
      'The status was set by hand to Complete; the latest update is Amber, which would make it In progress.',
    );
    expect(statusContradiction({ status: 'complete', latestRag: 'blue' })).toBeNull();
    expect(
      statusInWords(
        action({
          status: 'complete',
          statusSetBy: 'manager',
          statusNote: 'Signed off',
          latestRag: 'green',
        }),
      ),
    ).toBe(
      'Complete, set by a manager: Signed off The status was set by hand to Complete; the latest update is Green, which would make it In progress.',
    );
    expect(statusInWords(action({ status: 'in-progress', latestRag: 'green' }))).toBe(
      'In progress, following the quarterly updates.',
    );
  });

  it('upgrades older actions from their latest RAG, keeping a manager’s decisions', () => {
    expect(upgradeActionStatus({ status: 'not-started', latestRag: 'blue' }).status).toBe(
      'complete',
    );
    expect(upgradeActionStatus({ status: 'complete', latestRag: 'red' })).toEqual({
      status: 'complete',
      statusSetBy: 'manager',
      statusNote: '',
    });
    expect(upgradeActionStatus({ status: 'cancelled', latestRag: 'blue' }).status).toBe(
      'cancelled',
    );
  });
});

describe('a recommendation’s delivery follows its actions, and so its updates', () => {
  it('is delivered when every live action has had a Blue update', () => {
    const after = (rag: 'blue' | 'green') =>
      action({ ...statusAfterUpdate(action(), rag), latestRag: rag });
    expect(recommendationDelivery([after('blue'), after('blue')]).status).toBe('delivered');
    expect(recommendationDelivery([after('blue'), after('green')]).status).toBe('in-progress');
    expect(recommendationDelivery([action(), action()]).status).toBe('planned');
    expect(recommendationDelivery([]).status).toBe('no-actions');
  });
});
