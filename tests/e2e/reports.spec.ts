import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import {
  expectNoAccessibilityViolations,
  failOnPageErrors,
  Q1,
  Q1_LABEL,
  screenshot,
} from './support';

async function download(page: Page, quarterCard: string, format: string) {
  const card = page.getByRole('article', { name: quarterCard });
  const waiting = page.waitForEvent('download');
  await card.getByRole('button', { name: format, exact: true }).click();
  const file = await waiting;
  await expect(card.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Width and height of a PNG, from its header. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

test('export a closed quarter’s summary in Word, PDF, Excel and CSV, with the scrutiny view’s numbers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const noErrors = failOnPageErrors(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText('It is loaded: 43 demo actions are in the plans.')).toBeVisible();
  await page.goto(`/updates/${Q1}/BOARD-01`);
  await page.getByRole('radio', { name: /^Red / }).check();
  await page.getByLabel('Percentage complete').fill('10');
  await page.getByLabel('Narrative').fill('=cmd|"/c calc"!A0 <b>vacant</b> post');
  await page.getByRole('textbox', { name: 'Corrective action' }).fill('Interim analyst.');
  await page.getByRole('button', { name: 'Save as done', exact: true }).click();
  await expect(page.getByText('Last saved as done')).toBeVisible();
  await page.goto(`/updates/${Q1}`);
  await page.getByRole('button', { name: `Close ${Q1_LABEL}…` }).click();
  await page.getByRole('button', { name: 'Close the quarter' }).click();
  await expect(page.getByText(`${Q1_LABEL} is closed (version 1)`)).toBeVisible();

  // What the scrutiny view shows for the quarter.
  await page.goto(`/scrutiny/${Q1}`);
  await expect(page.locator('dl.headlines dd').first()).toBeVisible();
  const scrutiny = await page
    .locator('dl.headlines > div')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('dt')?.textContent ?? '',
        item.querySelector('dd')?.textContent ?? '',
      ]),
    );
  expect(scrutiny).toHaveLength(6);

  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Draft preview: / })).toBeVisible();
  await expect(page.getByRole('article', { name: Q1_LABEL })).toContainText(/SHA-256 [0-9a-f]{64}/);
  await screenshot(page, 'reports');
  await expectNoAccessibilityViolations(page);

  // Word: headings, pictures of the charts at print resolution with alternative text.
  const word = await download(page, Q1_LABEL, 'Word');
  expect(word.name).toBe(`safetynet-quarterly-summary-${Q1}.docx`);
  const zip = unzipSync(word.bytes);
  const documentXml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
  expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(documentXml).toContain('Executive summary');
  expect(documentXml).toContain('&lt;b&gt;vacant&lt;/b&gt;');
  const pictures = Object.keys(zip).filter((name) => name.startsWith('word/media/'));
  expect(pictures.length).toBe(3);
  for (const name of pictures) {
    const png = zip[name] ?? new Uint8Array();
    writeFileSync(`test-results/screens/export-${name.split('/').at(-1) ?? name}`, png);
    const size = pngSize(png);
    expect(size.width).toBe(1875); // 6.25 inches at 300 dots per inch
    expect(size.height).toBeGreaterThan(300);
  }
  expect(documentXml.match(/<wp:docPr [^>]*descr="[^"]{30,}"/g)).toHaveLength(3);
  await expect(page.getByRole('article', { name: Q1_LABEL }).getByRole('status')).toContainText(
    'Recorded in the audit trail',
  );

  // Excel: the Summary sheet's figures are the scrutiny view's, cell for cell.
  const excel = await download(page, Q1_LABEL, 'Excel');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(excel.bytes).buffer);
  const figures = new Map<string, string>();
  workbook
    .getWorksheet('Summary')
    ?.eachRow((row) => figures.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  for (const [label = '', value] of scrutiny) expect(figures.get(label), label).toBe(value);
  const updates = (workbook.getWorksheet('Updates')?.getSheetValues() ?? []).filter(
    Array.isArray,
  ) as unknown[][];
  // Text as typed, in a text cell with the quote-prefix style: shown, never evaluated.
  expect(updates.find((row) => row[1] === 'BOARD-01')?.[8]).toBe(
    `=cmd|"/c calc"!A0 <b>vacant</b> post`,
  );

  // PDF: the same content, as text.
  const pdfFile = await download(page, Q1_LABEL, 'PDF');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(pdfFile.bytes) }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n += 1)
    text += (await (await pdf.getPage(n)).getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ');
  expect(text).toContain('Executive summary');
  expect(text).toContain('Suggested lines of enquiry');
  expect(text).toContain(`1 of ${scrutiny[0]?.[1]} actions is red`);

  // A PDF cancelled while it is written: the page says each step and answers meanwhile, and nothing
  // is downloaded or recorded. The worker's font file is held back so the cancel always comes first.
  const releases: (() => void)[] = [];
  const held = new Promise<void>((resolve) => releases.push(resolve));
  const release = () => releases.forEach((r) => r());
  await page.route('**/assets/vfs_fonts-*.js', async (route) => {
    await held;
    await route.continue();
  });
  const card = page.getByRole('article', { name: Q1_LABEL });
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await card.getByRole('button', { name: 'PDF', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Step 3 of 4: Writing the PDF…');
  await expect(card.getByRole('button', { name: 'Word', exact: true })).toBeDisabled();
  await screenshot(page, 'reports-exporting');
  await card.getByRole('button', { name: 'Cancel the PDF export' }).click();
  await expect(card.getByRole('status')).toHaveText(
    'Export cancelled. Nothing was downloaded or recorded.',
  );
  await expect(card.getByRole('button', { name: 'Word', exact: true })).toBeEnabled();
  release();
  await page.unroute('**/assets/vfs_fonts-*.js');
  expect(downloaded).toBe(false);

  // CSV: one row per action reported on.
  const csv = await download(page, Q1_LABEL, 'CSV');
  const rows = Papa.parse<string[]>(csv.bytes.toString('utf8'), { skipEmptyLines: true }).data;
  expect(rows.length - 1).toBe(Number(scrutiny[0]?.[1]));

  // A draft of the open quarter says it is one.
  const draft = page.waitForEvent('download');
  await page
    .getByRole('group', { name: /\(draft\)$/ })
    .getByRole('button', { name: 'Word', exact: true })
    .click();
  expect((await draft).suggestedFilename()).toMatch(/-draft\.docx$/);

  // Each export is in the audit trail.
  await page.getByRole('link', { name: 'Audit trail' }).click();
  // One each: the cancelled PDF is not there.
  for (const format of ['Word', 'PDF', 'Excel', 'CSV'])
    await expect(page.getByText(`Exported the ${Q1_LABEL} summary as ${format}`)).toHaveCount(1);
  await expectNoAccessibilityViolations(page);
  noErrors();
});
