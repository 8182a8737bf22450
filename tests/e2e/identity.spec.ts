/**
 * Sign-in and roles on the shared plan (issue 18), in Chromium against the real server and its
 * development identity provider: the first manager with the console's set-up code, the members
 * page, a subgroup lead editing their own body's action and refused another's (even with the UI
 * bypassed), and a councillor who sees closed quarters only.
 */
import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { serverProcess } from './serverProcess';
import { becomeFirstManager, COUNCILLOR, LEAD, setupCodeIn, signIn } from './signIn';
import {
  expectNoAccessibilityViolations,
  Q1,
  Q1_LABEL,
  Q2,
  recordUpdate,
  screenshot,
} from './support';

const header = (page: Page) => page.getByRole('banner').getByRole('status');

/** How many rows a store of this browser's IndexedDB holds. */
const held = (page: Page, store: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('safetynet-planner');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const count = open.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
    store,
  );

/**
 * A change the screens do not offer, written straight into this browser's database and outbox
 * as a tampered app would: another body's action retitled.
 */
const forceRetitle = (page: Page, ref: string, title: string) =>
  page.evaluate(
    ({ ref: wanted, title: retitled }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('safetynet-planner');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['actions', 'syncRows', 'outbox'], 'readwrite');
          const all = tx.objectStore('actions').getAll();
          all.onsuccess = () => {
            const action = (all.result as { id: string; ref: string }[]).find(
              (row) => row.ref === wanted,
            );
            if (!action) return reject(new Error(`no action ${wanted}`));
            const after = { ...action, title: retitled };
            const version = tx.objectStore('syncRows').get(`actions:${action.id}`);
            version.onsuccess = () => {
              tx.objectStore('actions').put(after);
              tx.objectStore('outbox').add({
                id: crypto.randomUUID(),
                name: 'update action',
                at: new Date().toISOString(),
                changes: [
                  {
                    table: 'actions',
                    key: action.id,
                    base: (version.result as { version: number } | undefined)?.version ?? null,
                    row: after,
                  },
                ],
                audit: [
                  {
                    content: {
                      at: new Date().toISOString(),
                      actor: 'Someone else entirely',
                      actorRole: 'manager',
                      kind: 'update',
                      entityType: 'action',
                      entityId: action.id,
                      summary: `Changed ${wanted}`,
                      before: action,
                      after,
                    },
                    deviceHash: 'f'.repeat(64),
                  },
                ],
              });
            };
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('not written'));
        };
      }),
    { ref, title },
  );

test('a lead changes their own body’s work only, and a councillor sees closed quarters only', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const dataDir = 'test-results/identity-data';
  rmSync(dataDir, { recursive: true, force: true });
  const server = serverProcess(4179, dataDir);
  await server.start();
  try {
    // The manager: first sign-in with the console's code, the demo plan, one quarter closed.
    const managerContext = await browser.newContext({ baseURL: server.base });
    const manager = await managerContext.newPage();
    await manager.goto('/');
    await becomeFirstManager(manager, setupCodeIn(server.output.join('')));
    await manager.goto('/settings');
    await manager.getByRole('button', { name: 'Load the demo action plan' }).click();
    await expect(manager.getByText(/It is loaded/)).toBeVisible();
    await manager.goto('/shared-plan');
    await manager.getByRole('button', { name: 'Set up the shared plan' }).click();
    await expect(manager.getByText('The shared plan is set up from this browser.')).toBeVisible();
    await manager.goto(`/updates/${Q1}`);
    await recordUpdate(manager, 'GYV-01', 'Green', '40', 'Mentoring started in two schools.');
    await manager.getByRole('button', { name: `Close ${Q1_LABEL}…` }).click();
    await manager.getByRole('button', { name: 'Close the quarter' }).click();
    await expect(manager.getByText(`${Q1_LABEL} is closed (version 1)`)).toBeVisible();
    // The open quarter's narrative, which a councillor must never receive.
    await manager.goto(`/updates/${Q2}`);
    await recordUpdate(manager, 'GYV-01', 'Green', '50', 'Open quarter: not for scrutiny yet.');
    await expect(header(manager)).toContainText(/^Synced/, { timeout: 20_000 });

    // Members: the lead of Gangs and youth violence, and a councillor.
    await manager.goto('/members');
    await expect(manager.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(manager);
    const addMember = async (email: string, name: string, role: string, body?: RegExp) => {
      await manager.getByLabel('Email address').fill(email);
      await manager.getByLabel('Name').fill(name);
      await manager.getByLabel('Role').selectOption({ label: role });
      if (body) await manager.getByRole('checkbox', { name: body }).check();
      await manager.getByRole('button', { name: 'Add the person' }).click();
      await expect(manager.getByRole('cell', { name: email })).toBeVisible();
    };
    await addMember(LEAD, 'Priya Shah', 'Subgroup lead', /Gangs and youth violence/);
    await addMember(COUNCILLOR, 'Cllr Ruth Adeyemi', 'Councillor');
    await expectNoAccessibilityViolations(manager);
    await screenshot(manager, 'members');

    // The lead: their own action is offered for editing, and the change reaches the plan.
    const leadContext = await browser.newContext({ baseURL: server.base });
    const lead = await leadContext.newPage();
    await lead.goto('/');
    await signIn(lead, LEAD);
    await expect(header(lead)).toContainText(/^Synced/, { timeout: 30_000 });
    await lead.goto('/actions/GYV-02');
    await lead.getByRole('button', { name: 'Edit action' }).click();
    await lead.getByLabel('Title').fill('Mentoring in every secondary school');
    await lead.getByRole('button', { name: 'Save changes' }).click();
    await expect(
      lead.getByRole('heading', { name: /Mentoring in every secondary school/ }),
    ).toBeVisible();
    await expect(header(lead)).toContainText(/^Synced/, { timeout: 20_000 });
    await expect(async () => {
      await manager.goto('/actions/GYV-02');
      await expect(
        manager.getByRole('heading', { name: /Mentoring in every secondary school/ }),
      ).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await manager.goto('/audit');
    await expect(
      // The table's cell (the "Who" filter lists the same words in a hidden option).
      manager.getByRole('cell', { name: /^Priya Shah <gyv\.lead@safetynet\.example>/ }).first(),
    ).toBeVisible();

    // What only the manager does is not offered to the lead.
    await lead.goto('/recommendations/9');
    await expect(lead.getByRole('heading', { name: 'The board’s response' })).toBeVisible();
    await expect(lead.getByLabel('Board response')).toHaveCount(0);
    await lead.goto(`/updates/${Q2}`);
    await expect(lead.getByRole('heading', { name: 'Status' })).toBeVisible();
    await expect(lead.getByRole('button', { name: /^Close / })).toHaveCount(0);

    // Another body's action: not offered; forced through anyway, refused and rolled back.
    await lead.goto('/actions/ASB-01');
    const original = (await lead.getByRole('heading', { level: 1 }).innerText()).trim();
    await expect(lead.getByRole('button', { name: 'Edit action' })).toHaveCount(0);
    await expect(lead.getByRole('button', { name: 'Archive action' })).toHaveCount(0);
    await forceRetitle(lead, 'ASB-01', 'Forced through by the lead');
    await lead.goto('/shared-plan');
    await lead.getByRole('button', { name: 'Sync now' }).click();
    await expect(header(lead)).toContainText('1 conflict to resolve', { timeout: 20_000 });
    const refused = lead.getByRole('region', { name: /ASB-01/ });
    await expect(refused.getByText(/belongs to Anti-social behaviour/)).toBeVisible();
    await expect(refused.getByRole('cell', { name: 'Forced through by the lead' })).toBeVisible();
    await expectNoAccessibilityViolations(lead);
    await screenshot(lead, 'role-refused');
    await lead.goto('/actions/ASB-01');
    await expect(lead.getByRole('heading', { level: 1 })).toHaveText(original);

    // The councillor: the app opens on scrutiny of the closed quarter; nothing else is theirs.
    const councillorContext = await browser.newContext({ baseURL: server.base });
    const councillor = await councillorContext.newPage();
    await councillor.goto('/');
    await signIn(councillor, COUNCILLOR);
    await expect(councillor).toHaveURL(/\/scrutiny/, { timeout: 20_000 });
    await expect(header(councillor)).toContainText(/^Synced/, { timeout: 30_000 });
    await expect(councillor.getByText(Q1_LABEL).first()).toBeVisible();
    await expect(councillor.getByText('Draft, not yet closed')).toHaveCount(0);
    const nav = councillor.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Scrutiny' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Action plans' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
    await councillor.goto('/plans');
    await expect(councillor).toHaveURL(/\/scrutiny/);
    expect(await held(councillor, 'actions')).toBe(0);
    expect(await held(councillor, 'updates')).toBe(0);
    expect(await held(councillor, 'snapshots')).toBe(1);
    await expectNoAccessibilityViolations(councillor);
    await screenshot(councillor, 'councillor-scrutiny');
    // At a phone's width, the first screen (the page is long: a full-page image is unreadable).
    await councillor.setViewportSize({ width: 390, height: 844 });
    await councillor.screenshot({ path: 'test-results/screens/councillor-scrutiny-phone.png' });

    // On a shared computer the lead signs out removing this browser's copy: refused while their
    // refused text waits in the inbox; done once it is set aside and that has been sent.
    await lead.goto('/shared-plan');
    await lead.getByRole('button', { name: 'Sign out and remove from this browser' }).click();
    await lead.getByRole('button', { name: 'Remove and sign out' }).click();
    await expect(
      lead.getByRole('alert').filter({ hasText: /kept here with your text/ }),
    ).toBeVisible();
    await lead.getByRole('button', { name: /^Set it aside/ }).click();
    await expect(lead.getByText('Nothing to resolve.')).toBeVisible();
    await expect(header(lead)).toContainText(/^Synced$/, { timeout: 20_000 });
    await lead.getByRole('button', { name: 'Remove and sign out' }).click();
    await expect(lead.getByRole('heading', { name: 'Sign out of SafetyNet?' })).toBeVisible();
    await lead.getByRole('button', { name: 'Yes, sign me out' }).click();
    await expect(lead.getByRole('heading', { name: 'Sign in to the shared plan' })).toBeVisible();
    expect(await held(lead, 'actions')).toBe(0);

    // Signing out, through the provider's own question: back to the sign-in screen.
    await councillor.setViewportSize({ width: 1280, height: 800 });
    await councillor.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(councillor.getByRole('heading', { name: 'Sign out of SafetyNet?' })).toBeVisible();
    await expectNoAccessibilityViolations(councillor);
    await councillor.getByRole('button', { name: 'Yes, sign me out' }).click();
    await expect(
      councillor.getByRole('heading', { name: 'Sign in to the shared plan' }),
    ).toBeVisible();
    expect(await councillor.evaluate(() => Object.keys(sessionStorage))).not.toContainEqual(
      expect.stringMatching(/^oidc\.user:/),
    );
  } finally {
    await server.kill();
  }
});
