/** Two tabs of the app: each committed change is announced, and the other tab hears it. */
import { afterEach, describe, expect, it } from 'vitest';
import { setRecommendationResponse } from '../../src/db/commands/recommendations';
import { database, onChangeElsewhere } from '../../src/db/connection';
import { freshWorkspace } from './renderApp';

const channels: BroadcastChannel[] = [];
afterEach(() => channels.splice(0).forEach((channel) => channel.close()));

/** Another tab, listening on the same database's channel. */
function otherTab(): { channel: BroadcastChannel; heard: Promise<unknown> } {
  const channel = new BroadcastChannel(`${database().name}:changes`);
  channels.push(channel);
  const heard = new Promise((resolve) => {
    channel.onmessage = (event) => resolve(event.data);
  });
  return { channel, heard };
}

describe('other tabs', () => {
  it('hear every committed change', async () => {
    await freshWorkspace();
    const { heard } = otherTab();
    await setRecommendationResponse(9, 'accepted', '');
    await expect(heard).resolves.toBe('changed');
  });

  it('make this tab refresh when they change something', async () => {
    await freshWorkspace();
    const refreshed = new Promise<void>((resolve) => {
      const stop = onChangeElsewhere(() => {
        stop();
        resolve();
      });
    });
    otherTab().channel.postMessage('changed');
    await expect(refreshed).resolves.toBeUndefined();
  });
});
