/**
 * Builds the quarterly performance summary from a quarter's snapshot. Every figure is taken from
 * the scrutiny view's functions (`../scrutiny`), so the documents and the screen cannot disagree.
 */
import { formatUkDateTime } from '../dates';
import { snapshotHash } from '../snapshotHash';
import type { QuarterlyReport } from './model';

import { bodyNamer, headlineRows, labelOf, type ReportInputs } from './parts';
import { executiveSummary, exceptionsSection, recommendationsSection } from './summarySections';
import {
  appendix,
  bodiesSection,
  coverageSection,
  enquirySection,
  indicatorsSection,
} from './detailSections';

export type { ReportInputs };
export { bodyNamer, headlineRows };
export { indicatorTable } from './detailSections';

export function buildQuarterlyReport(inputs: ReportInputs): QuarterlyReport {
  const bodyName = bodyNamer(inputs.bodies);
  const label = labelOf(inputs.content.quarter);
  const { snapshot } = inputs;
  return {
    cover: {
      title: `${inputs.partnership.name} quarterly performance summary`,
      partnership: inputs.partnership.fullName,
      quarter: inputs.content.quarter,
      quarterLabel: label,
      draft: snapshot === null,
      producedAt: inputs.producedAt,
      hash: snapshot?.hash ?? snapshotHash(inputs.content),
      provenance: snapshot
        ? `Closed by ${snapshot.closedBy} on ${formatUkDateTime(snapshot.closedAt)} (version ${snapshot.version}).`
        : `Draft: ${label} is still open. These figures are as of ${formatUkDateTime(inputs.producedAt)} and may change before the quarter is closed.`,
    },
    sections: [
      executiveSummary(inputs, bodyName),
      recommendationsSection(inputs),
      exceptionsSection(inputs, bodyName),
      bodiesSection(inputs),
      coverageSection(inputs, bodyName),
      indicatorsSection(inputs),
      enquirySection(inputs),
      appendix(inputs),
    ],
  };
}
