import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoAccessibilityViolations, failOnPageErrors, screenshot } from './support';

test('import actions from a CSV tracker: problems by row and column, then all rows', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/plans');
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Import actions/ })).toBeVisible();
  const header = 'Ref,Action,Subgroup,4P,Due date,Status,Recs\r\n';
  await page.getByLabel('Spreadsheet').setInputFiles({
    name: 'tracker.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      header +
        'GYV-21,Detached youth work,GYV,Prevent,31/03/2027,In progress,3;7\r\n' +
        'GYV-22,Mentoring,GYV,Prosecute,31/02/2027,,\r\n',
    ),
  });
  const problems = page.getByRole('table', { name: 'Problems by row and column' });
  await expect(
    problems.getByRole('row', { name: /^3 4P “Prosecute” is not a 4P row/ }),
  ).toBeVisible();
  await expect(
    problems.getByRole('row', { name: /^3 Due date .*is not a real date/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import \d+ actions/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'import-problems');

  await page.getByLabel('Spreadsheet').setInputFiles({
    name: 'tracker.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      header +
        'GYV-21,Detached youth work,GYV,Prevent,31/03/2027,In progress,3;7\r\n' +
        'GYV-22,Mentoring,GYV,Protect,28 February 2027,,\r\n',
    ),
  });
  await expect(page.getByLabel('Due date (required)')).toHaveValue('4');
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Import 2 actions' }).click();
  await expect(page.getByText('2 actions added from tracker.csv.')).toBeVisible();
  await expect(page.getByRole('link', { name: /GYV-22/ })).toBeVisible();
  noErrors();
});

test('update returns: download a body’s workbook, fill it in, import it, accept', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText(/It is loaded: 43 demo actions/)).toBeVisible();
  await page.goto('/updates');
  await page.getByRole('link', { name: 'Update returns from subgroups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Update returns/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the return for Gangs/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Update return GYV Q\d \d{4}-\d{2}\.xlsx$/);

  // A subgroup lead opens it in Excel, fills in two rows and saves it.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.getWorksheet('Update return');
  if (!sheet) throw new Error('no return sheet');
  const refs = [2, 3].map((row) => String(sheet.getRow(row).getCell(2).value));
  const first = sheet.getRow(2);
  first.getCell(7).value = 'Green';
  first.getCell(8).value = 30;
  first.getCell(9).value = 'Sessions running in four estates.';
  const second = sheet.getRow(3);
  second.getCell(7).value = 'Amber';
  second.getCell(8).value = 15;
  second.getCell(9).value = 'Venue delayed.';
  second.getCell(12).value = 'Second venue booked';
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByLabel('Completed returns', { exact: true }).setInputFiles({
    name: 'GYV return.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: filled,
  });
  await expect(page.getByText('2 updates to review.')).toBeVisible();
  const card = page.getByRole('table', { name: new RegExp(`^${refs[1]} .*\\(row 3\\)`) });
  await expect(card.getByRole('row', { name: 'RAG No update yet Amber' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'returns-review');
  await page.getByRole('button', { name: `Accept the update for ${refs[0]}` }).click();
  await expect(page.getByText('Update accepted')).toBeVisible();
  await page.getByRole('button', { name: 'Accept all 1' }).click();
  await expect(page.getByText('Nothing left to accept from this return.')).toBeVisible();

  await page.goto(`/actions/${refs[1]}`);
  await expect(page.getByText('Venue delayed.').first()).toBeVisible();
  noErrors();
});
