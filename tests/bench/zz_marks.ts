import { chromium } from 'playwright-core';
const BASE = 'http://localhost:4190';
const context = await chromium.launchPersistentContext(process.env.PROFILE_DIR!, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 }, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await context.newPage();
await page.goto(`${BASE}/accessibility`);
const cdp0 = await context.newCDPSession(page);
await cdp0.send('Storage.clearDataForOrigin', { origin: BASE, storageTypes: 'service_workers,cache_storage' });
for (let i = 0; i < 3; i++) {
  await page.goto(`${BASE}/accessibility`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => { performance.clearMarks(); document.addEventListener('click', () => performance.mark('zz-click'), { capture: true, once: true });
    new MutationObserver((_, o) => { if ([...document.querySelectorAll('h2')].some((h) => h.textContent === 'Suggested lines of enquiry')) { performance.mark('zz-enquiry'); o.disconnect(); } }).observe(document.body, { childList: true, subtree: true });
    new MutationObserver((_, o) => { if (document.querySelector('.recharts-surface')) { performance.mark('zz-chart'); o.disconnect(); } }).observe(document.body, { childList: true, subtree: true });
  });
  const t0 = Date.now();
  await page.getByRole('link', { name: 'Scrutiny' }).click();
  await page.getByRole('heading', { level: 2, name: 'Suggested lines of enquiry' }).waitFor({ timeout: 60000 });
  await page.locator('.recharts-surface').first().waitFor();
  const ms = Date.now() - t0;
  const marks = await page.evaluate(() => { const m = performance.getEntriesByType('mark'); const c = m.find((x) => x.name === 'zz-click')!.startTime; return m.map((x) => `${x.name.slice(3)} +${(x.startTime - c).toFixed(0)}`).join(', '); });
  console.log(ms, marks);
}
await context.close();
