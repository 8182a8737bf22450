/**
 * Signing in to a shared plan as a person would: the app's sign-in screen, the development
 * provider's page, and (for the first manager) the set-up code from the server's console.
 */
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../src/server/identity/demoAccounts';
import { expectNoAccessibilityViolations } from './support';

export const MANAGER = 'manager@safetynet.example';
export const LEAD = 'gyv.lead@safetynet.example';
export const COUNCILLOR = 'councillor@safetynet.example';

/** The one-time set-up code a server printed on its console. */
export function setupCodeIn(output: string): string {
  const code = /set-up code: (\d{4}-\d{4}-\d{4})/.exec(output)?.[1];
  if (!code) throw new Error(`The server printed no set-up code:\n${output}`);
  return code;
}

/** From the app's sign-in screen through the provider's page and back. */
export async function signIn(page: Page, email: string, { scan = false } = {}) {
  await expect(page.getByRole('heading', { name: 'Sign in to the shared plan' })).toBeVisible();
  if (scan) await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('For development only.')).toBeVisible();
  if (scan) await expectNoAccessibilityViolations(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Back at the app, past its sign-in callback.
  await page.waitForURL((url) => !/^\/(oidc|signed-in)/.test(url.pathname));
  await expect(page.getByRole('heading', { name: 'Sign in to the shared plan' })).toBeHidden();
}

/** The first manager: signed in, then the set-up code. */
export async function becomeFirstManager(page: Page, code: string) {
  await signIn(page, MANAGER, { scan: true });
  await expect(page.getByRole('heading', { name: /first manager/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Set-up code').fill(code);
  await page.getByRole('button', { name: 'Become the manager' }).click();
  await expect(page.getByText(/Signed in as/)).toBeVisible();
}

/** The access token this tab holds (in its sessionStorage, where the app keeps it). */
export function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    const user = JSON.parse((key && sessionStorage.getItem(key)) || '{}') as {
      access_token?: string;
    };
    return user.access_token ?? '';
  });
}

/** Calls the server's API from the page, with the token this tab holds. */
export function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (address) => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    const user = JSON.parse((key && sessionStorage.getItem(key)) || '{}') as {
      access_token?: string;
    };
    const response = await fetch(address, {
      headers: { authorization: `Bearer ${user.access_token ?? ''}` },
    });
    return (await response.json()) as T;
  }, path);
}
