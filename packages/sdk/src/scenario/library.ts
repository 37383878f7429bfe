import { DetainerKitError } from '@detainer-kit/core';
import californiaStatePrisonDutiesToPerson from '../../scenarios/california-state-prison-duties-to-person.json' with {
  type: 'json',
};
import coloradoAccessNonPublicNeedsJudicialWarrant from '../../scenarios/colorado-access-non-public-needs-judicial-warrant.json' with {
  type: 'json',
};
import countingRuleCalendarThursday from '../../scenarios/counting-rule-calendar-thursday.json' with { type: 'json' };
import countingRuleWeekdayThursday from '../../scenarios/counting-rule-weekday-thursday.json' with { type: 'json' };
import custodyMovedDetainerOnlyDecliningCustodian from '../../scenarios/custody-moved-detainer-only-declining-custodian.json' with {
  type: 'json',
};
import custodyMovedDetainerOnlyKeepsDeadline from '../../scenarios/custody-moved-detainer-only-keeps-deadline.json' with {
  type: 'json',
};
import custodyMovedNewCriminalChargeTwoHolds from '../../scenarios/custody-moved-new-criminal-charge-two-holds.json' with {
  type: 'json',
};
import custodyMovedToStatePrison from '../../scenarios/custody-moved-to-state-prison.json' with { type: 'json' };
import detainerLiftedMidHold from '../../scenarios/detainer-lifted-mid-hold.json' with { type: 'json' };
import dhsArrivesExactlyAtDeadline from '../../scenarios/dhs-arrives-exactly-at-deadline.json' with { type: 'json' };
import dhsArrivesOneMinuteAfterDeadline from '../../scenarios/dhs-arrives-one-minute-after-deadline.json' with {
  type: 'json',
};
import dhsArrivesOneMinuteBeforeDeadline from '../../scenarios/dhs-arrives-one-minute-before-deadline.json' with {
  type: 'json',
};
import dstChangeCalendarHold from '../../scenarios/dst-change-calendar-hold.json' with { type: 'json' };
import federalHolidayWeekend from '../../scenarios/federal-holiday-weekend.json' with { type: 'json' };
import floridaTransferBeforeRelease12Days from '../../scenarios/florida-transfer-before-release-12-days.json' with {
  type: 'json',
};
import georgiaHoldCapFridayRelease from '../../scenarios/georgia-hold-cap-friday-release.json' with { type: 'json' };
import georgiaHoldCapJudicialWarrant from '../../scenarios/georgia-hold-cap-judicial-warrant.json' with {
  type: 'json',
};
import gonzalezNeutralReviewRequired from '../../scenarios/gonzalez-neutral-review-required.json' with { type: 'json' };
import i247gNoticeOnlyRequest2025 from '../../scenarios/i247g-notice-only-request-2025.json' with { type: 'json' };
import i247nNoticeOnlyRequest from '../../scenarios/i247n-notice-only-request.json' with { type: 'json' };
import illinoisNoticeBarred from '../../scenarios/illinois-notice-barred.json' with { type: 'json' };
import jailEnforcementModel287g from '../../scenarios/jail-enforcement-model-287g.json' with { type: 'json' };
import judicialWarrantRequiredI200 from '../../scenarios/judicial-warrant-required-i200.json' with { type: 'json' };
import judicialWarrantRequiredJudicialWarrant from '../../scenarios/judicial-warrant-required-judicial-warrant.json' with {
  type: 'json',
};
import lakenRileyDutyToIssue2025 from '../../scenarios/laken-riley-duty-to-issue-2025.json' with { type: 'json' };
import lateNotice from '../../scenarios/late-notice.json' with { type: 'json' };
import limitedByOffenseMisdemeanorDhsPresent from '../../scenarios/limited-by-offense-misdemeanor-dhs-present.json' with {
  type: 'json',
};
import noStateAuthorityWillingCounty from '../../scenarios/no-state-authority-willing-county.json' with {
  type: 'json',
};
import northCarolina2025StateJudicialOrder from '../../scenarios/north-carolina-2025-state-judicial-order.json' with {
  type: 'json',
};
import northCarolinaHb318AsOf20250930 from '../../scenarios/north-carolina-hb318-as-of-2025-09-30.json' with {
  type: 'json',
};
import northCarolinaHb318AsOf20251002 from '../../scenarios/north-carolina-hb318-as-of-2025-10-02.json' with {
  type: 'json',
};
import northCarolinaHb318CrossingOct1 from '../../scenarios/north-carolina-hb318-crossing-oct-1.json' with {
  type: 'json',
};
import northCarolinaStateJudicialOrderMissing from '../../scenarios/north-carolina-state-judicial-order-missing.json' with {
  type: 'json',
};
import northCarolinaTwoHourNoticeMissed from '../../scenarios/north-carolina-two-hour-notice-missed.json' with {
  type: 'json',
};
import noticePendingWhenDetainerLifted from '../../scenarios/notice-pending-when-detainer-lifted.json' with {
  type: 'json',
};
import noticeWhen48HoursNotPossible from '../../scenarios/notice-when-48-hours-not-possible.json' with { type: 'json' };
import notifyOnly from '../../scenarios/notify-only.json' with { type: 'json' };
import oldFormI247dAfter2017 from '../../scenarios/old-form-i247d-after-2017.json' with { type: 'json' };
import sameArrestFlorida2025 from '../../scenarios/same-arrest-florida-2025.json' with { type: 'json' };
import sameArrestIllinois2025 from '../../scenarios/same-arrest-illinois-2025.json' with { type: 'json' };
import sameArrestTexas2025 from '../../scenarios/same-arrest-texas-2025.json' with { type: 'json' };
import texasMandateNoProofOfStatus from '../../scenarios/texas-mandate-no-proof-of-status.json' with { type: 'json' };
import texasMandateProofOfStatus from '../../scenarios/texas-mandate-proof-of-status.json' with { type: 'json' };
import texasProofOfStatusMidHold from '../../scenarios/texas-proof-of-status-mid-hold.json' with { type: 'json' };
import warrantServiceOfficer287gNoAuthority from '../../scenarios/warrant-service-officer-287g-no-authority.json' with {
  type: 'json',
};
import weekdayRuleFridayRelease from '../../scenarios/weekday-rule-friday-release.json' with { type: 'json' };
import { parseScenario } from './parse.js';
import type { Scenario } from './schema.js';

/** The scenario files as imported (bundlers inline them), parsed once when the library is first read. */
const FILES: readonly unknown[] = [
  californiaStatePrisonDutiesToPerson,
  coloradoAccessNonPublicNeedsJudicialWarrant,
  countingRuleCalendarThursday,
  countingRuleWeekdayThursday,
  custodyMovedDetainerOnlyDecliningCustodian,
  custodyMovedDetainerOnlyKeepsDeadline,
  custodyMovedNewCriminalChargeTwoHolds,
  custodyMovedToStatePrison,
  detainerLiftedMidHold,
  dhsArrivesExactlyAtDeadline,
  dhsArrivesOneMinuteAfterDeadline,
  dhsArrivesOneMinuteBeforeDeadline,
  dstChangeCalendarHold,
  federalHolidayWeekend,
  floridaTransferBeforeRelease12Days,
  georgiaHoldCapFridayRelease,
  georgiaHoldCapJudicialWarrant,
  gonzalezNeutralReviewRequired,
  i247gNoticeOnlyRequest2025,
  i247nNoticeOnlyRequest,
  illinoisNoticeBarred,
  jailEnforcementModel287g,
  judicialWarrantRequiredI200,
  judicialWarrantRequiredJudicialWarrant,
  lakenRileyDutyToIssue2025,
  lateNotice,
  limitedByOffenseMisdemeanorDhsPresent,
  noStateAuthorityWillingCounty,
  northCarolina2025StateJudicialOrder,
  northCarolinaHb318AsOf20250930,
  northCarolinaHb318AsOf20251002,
  northCarolinaHb318CrossingOct1,
  northCarolinaStateJudicialOrderMissing,
  northCarolinaTwoHourNoticeMissed,
  noticePendingWhenDetainerLifted,
  noticeWhen48HoursNotPossible,
  notifyOnly,
  oldFormI247dAfter2017,
  sameArrestFlorida2025,
  sameArrestIllinois2025,
  sameArrestTexas2025,
  texasMandateNoProofOfStatus,
  texasMandateProofOfStatus,
  texasProofOfStatusMidHold,
  warrantServiceOfficer287gNoAuthority,
  weekdayRuleFridayRelease,
];

function buildLibrary(): readonly Scenario[] {
  return Object.freeze(FILES.map((file) => parseScenario(file)));
}

/**
 * The scenario library: the files in `scenarios/`, parsed. Each cites DOMAIN.md's sources and says what its
 * author expects; every one is run by the test suite.
 *
 * @example
 * SCENARIO_LIBRARY.map((s) => s.id) // ['california-state-prison-duties-to-person', …]
 */
export const SCENARIO_LIBRARY: readonly Scenario[] = /* @__PURE__ */ buildLibrary();

/** The ids of the scenarios in {@link SCENARIO_LIBRARY}. */
export function listScenarioIds(): string[] {
  return SCENARIO_LIBRARY.map((s) => s.id);
}

/**
 * The library scenario with that id, or a `DetainerKitError` (`invalid-scenario`) naming the ids there are.
 *
 * @example
 * runScenario(getScenario('weekday-rule-friday-release')).passed // true
 */
export function getScenario(id: string): Scenario {
  const found = SCENARIO_LIBRARY.find((s) => s.id === id);
  if (found) return found;
  const known = listScenarioIds().join(', ');
  throw new DetainerKitError({
    code: 'invalid-scenario',
    message: `No scenario "${id}" in the library: use one of ${known}`,
    issues: [{ field: 'id', code: 'invalid_value', message: `use one of ${known}` }],
  });
}
