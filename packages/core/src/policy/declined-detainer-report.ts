import type { CitationId } from '../citations.js';

/**
 * The first weekly Declined Detainer Outcome Report (from Mar 20, 2017; suspended Apr 13, 2017 after errors):
 * 3,083 detainers issued, 206 declined that week. ICE noted custodians rarely tell it of a decline, so the
 * figures are for scale only (DOMAIN.md §6) [ddor-2017].
 */
export const DDOR_FIRST_WEEK = {
  detainersIssued: 3083,
  declined: 206,
  citations: ['ddor-2017'] as const satisfies readonly CitationId[],
} as const;
