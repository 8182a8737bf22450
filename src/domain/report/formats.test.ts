import { describe, expect, it } from 'vitest';
import { exportStepText } from './formats';

describe('an export’s steps as the page says them', () => {
  it('counts the chart step only for documents with charts', () => {
    expect(exportStepText('pdf', 'charts')).toBe('Step 2 of 4: Drawing the charts…');
    expect(exportStepText('docx', 'writing')).toBe('Step 3 of 4: Writing the Word document…');
    expect(exportStepText('xlsx', 'writing')).toBe('Step 2 of 3: Writing the spreadsheet…');
    expect(exportStepText('csv', 'recording')).toBe(
      'Step 3 of 3: Recording the export in the audit trail…',
    );
  });
});
