import {
  AccessSwitchSchema,
  Agreement287gSchema,
  checkByrneJag2017,
  checkPublicSafetyPartnership,
  HoldLimitSchema,
  HoldSwitchSchema,
  InadmissibilityGroundSchema,
  type JurisdictionPolicy,
  type LawSwitchKey,
  NoticeAfterEligibilitySchema,
  NotifySwitchSchema,
  OffenseCategorySchema,
  OffenseTermSchema,
  POLICY_PRESET_IDS,
  POLICY_PRESET_NOTES,
  POLICY_PRESETS,
  PolicyCountingRuleSchema,
  ProofOfStatusSchema,
  parsePolicy,
  type ResolvedJurisdictionLaw,
  StateJudicialOrderSchema,
  StateLawSchema,
  type Subject,
  SWITCH_ORDER,
  type SwitchResolution,
  TransferSwitchSchema,
} from '@detainer-kit/sdk';
import { useState } from 'react';
import { englishOnly, useLang, useT } from '../i18n/store';
import { humanizeCode } from '../model/format';
import { layerDates } from '../model/law-view';
import { matchPolicy } from '../model/policy-view';
import { describeError } from '../model/share-state';
import { Citations } from './Citations';
import { TIME_ZONES } from './EventPanel';
import { CheckboxField, SelectField } from './fields';
import { Panel } from './Panel';

interface Props {
  /** The policy the case runs under: the local policy with the law in force applied. */
  readonly policy: JurisdictionPolicy;
  /** The user's own choice (a preset or switches), which the law in force may fix or bound. */
  readonly local: JurisdictionPolicy;
  /** The law in force (which layer set each switch, the locks), or null when it could not be resolved. */
  readonly resolved: ResolvedJurisdictionLaw | null;
  readonly timeZone: string;
  readonly subject: Subject | undefined;
  readonly onPolicy: (policy: JurisdictionPolicy) => void;
  readonly onTimeZone: (timeZone: string) => void;
  readonly onSubject: (subject: Subject) => void;
}

const COUNTING = PolicyCountingRuleSchema.options;

/** Which layer set a switch when it is not the local policy, and the lock that fixes or bounds it, with its reason. */
function LawNote({ resolution }: { readonly resolution: SwitchResolution | undefined }) {
  const t = useT();
  if (!resolution) return null;
  const { decidedBy, locked } = resolution;
  if (decidedBy.kind === 'local-policy' && locked === null) return null;
  return (
    <p className="law-note small" data-testid={`law-note-${resolution.switch}`}>
      {decidedBy.kind !== 'local-policy' ? (
        <span className="law-set-by">
          {t.law.setBy(decidedBy.title, layerDates(decidedBy, t))},{' '}
          <span className={`badge status-${decidedBy.status}`}>
            {t.law.status[decidedBy.status] ?? decidedBy.status}
          </span>
        </span>
      ) : null}
      {locked ? (
        <span className="law-lock" data-testid={`law-lock-${resolution.switch}`}>
          {locked.bound === 'exactly'
            ? t.law.lockedBy(locked.reason)
            : t.law.boundBy(t.law.bounds[locked.bound] ?? locked.bound, String(locked.value), locked.reason)}
        </span>
      ) : null}
    </p>
  );
}

/** Whether the law lets the local policy pick `option` for `key` (within a lock's bound). */
function allowedBy(resolution: SwitchResolution | undefined, key: LawSwitchKey, option: string): boolean {
  const lock = resolution?.locked;
  if (!lock) return true;
  if (lock.bound === 'exactly') return option === String(lock.value);
  const order = (SWITCH_ORDER as Partial<Record<LawSwitchKey, readonly string[]>>)[key];
  const have = order?.indexOf(option) ?? -1;
  const limit = order?.indexOf(String(lock.value)) ?? -1;
  if (have < 0 || limit < 0) return true;
  return lock.bound === 'at-most' ? have <= limit : have >= limit;
}

/** The subject with its Laken Riley facts replaced (`undefined` removes one) [laken-riley-2025]. */
function withLakenRiley(
  subject: Subject | undefined,
  offenses: Subject['offenses'],
  patch: { readonly charges?: Subject['charges']; readonly inadmissibility?: Subject['inadmissibility'] },
): Subject {
  const next: Subject = { ...subject, offenses, proofOfStatus: subject?.proofOfStatus ?? 'none' };
  const charges = 'charges' in patch ? patch.charges : subject?.charges;
  const inadmissibility = 'inadmissibility' in patch ? patch.inadmissibility : subject?.inadmissibility;
  const { charges: _c, inadmissibility: _i, ...rest } = next;
  return {
    ...rest,
    ...(charges ? { charges } : {}),
    ...(inadmissibility ? { inadmissibility } : {}),
  };
}
const ACCESS = AccessSwitchSchema.options;
const PROOF_OF_STATUS = ProofOfStatusSchema.options;

/** Presets or independent switches; the PSP and Byrne JAG readings of the policy, with reasons. */
export function PolicyPanel({ policy, local, resolved, timeZone, subject, onPolicy, onTimeZone, onSubject }: Props) {
  const t = useT();
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  // The preset named is the user's choice; the values shown are those in force.
  const match = matchPolicy(local);
  const preset = match.preset;
  const law = (key: LawSwitchKey) => resolved?.switches[key];
  /** Props for a switch's control: disabled when the law fixes it, options beyond its bound disabled. */
  const bound = (key: LawSwitchKey) => ({
    disabled: law(key)?.locked?.bound === 'exactly',
    isOptionDisabled: (o: string) => !allowedBy(law(key), key, o),
  });
  const fixed = (key: LawSwitchKey) => ({ disabled: law(key)?.locked?.bound === 'exactly' });
  const note = (key: LawSwitchKey) => <LawNote resolution={law(key)} />;
  const change = (patch: Partial<JurisdictionPolicy>) => {
    const merged = { ...local, ...patch };
    const after = matchPolicy(merged as JurisdictionPolicy);
    const name = after.preset ? POLICY_PRESETS[after.preset].name : `${POLICY_PRESETS[after.closest].name}, changed`;
    const next = {
      ...merged,
      name,
      ...(after.preset ? { description: POLICY_PRESETS[after.preset].description } : { description: undefined }),
    };
    try {
      onPolicy(parsePolicy(next));
      setError(null);
    } catch (e) {
      setError(describeError(e, 'policy'));
    }
  };
  const psp = checkPublicSafetyPartnership(policy);
  const jag = checkByrneJag2017(policy);
  const offenses = subject?.offenses ?? [];
  return (
    <Panel
      id="policy"
      headingId="policy-h"
      title={t.custodianPolicy}
      className="policy-panel"
      summary={preset ? POLICY_PRESETS[preset].name : t.customBasedOn(POLICY_PRESETS[match.closest].name)}
    >
      <label>
        {t.preset}
        <select
          value={preset ?? ''}
          onChange={(e) => {
            const id = e.target.value as (typeof POLICY_PRESET_IDS)[number];
            if (id) onPolicy(POLICY_PRESETS[id]);
          }}
          data-testid="policy-preset"
        >
          {preset === null ? <option value="">{t.customBasedOn(POLICY_PRESETS[match.closest].name)}</option> : null}
          {POLICY_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {POLICY_PRESETS[id].name}
            </option>
          ))}
        </select>
      </label>
      {preset === null ? (
        <ul className="changes small" aria-label={t.changedFromPreset} lang={englishOnly(lang)}>
          {match.changes.map((c) => (
            <li key={c.field}>{c.text}</li>
          ))}
        </ul>
      ) : null}
      {policy.description ? (
        <p className="muted small" lang={englishOnly(lang)}>
          {policy.description}
        </p>
      ) : null}
      {preset && POLICY_PRESET_NOTES[preset].unverified.length > 0 ? (
        <ul className="unverified">
          {POLICY_PRESET_NOTES[preset].unverified.map((n) => (
            <li key={n}>
              <span className="badge status-unverified">{t.unverified}</span> <span lang={englishOnly(lang)}>{n}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="switches">
        <legend>{t.switches}</legend>
        <SelectField
          label={t.holdRequests}
          value={policy.hold}
          options={HoldSwitchSchema.options}
          describe={t.policyOptions.hold}
          onChange={(hold) => change({ hold })}
          {...bound('hold')}
        />
        {note('hold')}
        <SelectField
          label={t.noticeOfRelease}
          value={policy.notify}
          options={NotifySwitchSchema.options}
          describe={t.policyOptions.notify}
          onChange={(notify) => change({ notify })}
          {...bound('notify')}
        />
        {note('notify')}
        {[policy.hold, policy.notify, policy.transferAtRelease].includes('listed-offenses') ? (
          <fieldset>
            <legend>{t.listedOffenses}</legend>
            {OffenseCategorySchema.options.map((o) => (
              <CheckboxField
                key={o}
                label={t.policyOptions.offense(o)}
                checked={policy.listedOffenses.includes(o)}
                onChange={(checked) =>
                  change({
                    listedOffenses: checked
                      ? [...local.listedOffenses, o]
                      : local.listedOffenses.filter((x) => x !== o),
                  })
                }
                {...fixed('listedOffenses')}
              />
            ))}
            {note('listedOffenses')}
          </fieldset>
        ) : null}
        <SelectField
          label={t.dhsAccess}
          value={policy.access}
          options={ACCESS}
          describe={t.policyOptions.access}
          onChange={(access) => change({ access })}
          {...bound('access')}
        />
        {note('access')}
        <SelectField
          label={t.transferAtRelease}
          value={policy.transferAtRelease}
          options={TransferSwitchSchema.options}
          describe={t.policyOptions.transferAtRelease}
          onChange={(transferAtRelease) => change({ transferAtRelease })}
          {...bound('transferAtRelease')}
        />
        {note('transferAtRelease')}
        <SelectField
          label={t.stateLaw}
          value={policy.stateLaw}
          options={StateLawSchema.options}
          describe={t.policyOptions.stateLaw}
          onChange={(stateLaw) => change({ stateLaw })}
          {...bound('stateLaw')}
        />
        {note('stateLaw')}
        <SelectField
          label={t.countingOfHold}
          value={policy.countingRule}
          options={COUNTING}
          describe={t.policyOptions.countingRule}
          onChange={(countingRule) => change({ countingRule })}
          {...bound('countingRule')}
        />
        {note('countingRule')}
        <SelectField
          label={t.law.noticeAfterEligibility}
          value={policy.noticeAfterEligibility}
          options={NoticeAfterEligibilitySchema.options}
          describe={t.policyOptions.noticeAfterEligibility}
          onChange={(noticeAfterEligibility) => change({ noticeAfterEligibility })}
          data-testid="switch-noticeAfterEligibility"
          {...bound('noticeAfterEligibility')}
        />
        {note('noticeAfterEligibility')}
        <CheckboxField
          label={t.refuseDatabaseOnly}
          checked={policy.rejectDatabaseOnlyBasis}
          onChange={(rejectDatabaseOnlyBasis) => change({ rejectDatabaseOnlyBasis })}
          {...fixed('rejectDatabaseOnlyBasis')}
        />
        {note('rejectDatabaseOnlyBasis')}
        <CheckboxField
          label={
            <>
              {t.neutralReviewSwitch} <span className="badge status-unverified">{t.unverified}</span>
            </>
          }
          checked={policy.requireNeutralReview}
          onChange={(requireNeutralReview) => change({ requireNeutralReview })}
          {...fixed('requireNeutralReview')}
        />
        {note('requireNeutralReview')}
        <CheckboxField
          label={
            <>
              {t.informPersonSwitch} {t.informPersonWhere} <span className="badge status-secondary">{t.secondary}</span>
              )
            </>
          }
          checked={policy.informPersonOfRequest}
          onChange={(informPersonOfRequest) => change({ informPersonOfRequest })}
          {...fixed('informPersonOfRequest')}
        />
        {note('informPersonOfRequest')}
        <CheckboxField
          label={
            <>
              {t.adviseRightsSwitch} {t.adviseRightsWhere} <span className="badge status-secondary">{t.secondary}</span>
              )
            </>
          }
          checked={policy.adviseRightsBeforeInterview}
          onChange={(adviseRightsBeforeInterview) => change({ adviseRightsBeforeInterview })}
          {...fixed('adviseRightsBeforeInterview')}
        />
        {note('adviseRightsBeforeInterview')}
        <CheckboxField
          label={
            <>
              {t.transferBeforeReleaseSwitch} {t.transferBeforeReleaseWhere}{' '}
              <span className="badge status-secondary">{t.secondary}</span>
              {t.transferBeforeReleaseIowa}
            </>
          }
          checked={policy.transferBeforeRelease}
          onChange={(transferBeforeRelease) => change({ transferBeforeRelease })}
          {...fixed('transferBeforeRelease')}
        />
        {note('transferBeforeRelease')}
        <SelectField
          label={
            <>
              {t.stateJudicialOrderSwitch} <span className="badge status-secondary">{t.secondary}</span>
            </>
          }
          value={policy.stateJudicialOrder}
          options={StateJudicialOrderSchema.options}
          describe={t.policyOptions.stateJudicialOrder}
          onChange={(stateJudicialOrder) => change({ stateJudicialOrder })}
          {...bound('stateJudicialOrder')}
        />
        {note('stateJudicialOrder')}
        <SelectField
          label={
            <>
              {t.holdLimitSwitch} <span className="badge status-unverified">{t.unverified}</span>
            </>
          }
          value={policy.holdLimit}
          options={HoldLimitSchema.options}
          describe={t.policyOptions.holdLimit}
          onChange={(holdLimit) => change({ holdLimit })}
          {...bound('holdLimit')}
        />
        {note('holdLimit')}
        <SelectField
          label={
            <>
              {t.agreement287gSwitch} <span className="badge status-secondary">{t.secondary}</span>
            </>
          }
          value={policy.agreement287g}
          options={Agreement287gSchema.options}
          describe={t.policyOptions.agreement287g}
          onChange={(agreement287g) => change({ agreement287g })}
          {...bound('agreement287g')}
        />
        {note('agreement287g')}
        <CheckboxField
          label={
            <>
              {t.warrantServiceSwitch} <span className="badge status-unverified">{t.unverified}</span>
            </>
          }
          checked={policy.warrantServiceOutsideNoAuthority}
          onChange={(warrantServiceOutsideNoAuthority) => change({ warrantServiceOutsideNoAuthority })}
          {...fixed('warrantServiceOutsideNoAuthority')}
        />
        {note('warrantServiceOutsideNoAuthority')}
        <SelectField
          label={t.custodianTimeZone}
          value={timeZone}
          options={[...new Set([timeZone, ...TIME_ZONES])]}
          describe={(z) => z}
          onChange={onTimeZone}
        />
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <fieldset className="switches">
        <legend>{t.thePerson}</legend>
        {OffenseCategorySchema.options.map((o) => (
          <CheckboxField
            key={o}
            label={t.policyOptions.offense(o)}
            checked={offenses.includes(o)}
            onChange={(checked) =>
              onSubject({
                ...subject,
                proofOfStatus: subject?.proofOfStatus ?? 'none',
                offenses: checked ? [...offenses, o] : offenses.filter((x) => x !== o),
              })
            }
          />
        ))}
        <SelectField
          label={t.proofOfStatusGiven}
          value={subject?.proofOfStatus ?? 'none'}
          options={PROOF_OF_STATUS}
          describe={(p) => t.proofOfStatusOptions[p]}
          onChange={(proofOfStatus) => onSubject({ ...subject, offenses, proofOfStatus })}
        />
        <SelectField
          label={t.lakenRileyOffense}
          value={subject?.charges?.[0]?.term ?? ''}
          options={['', ...OffenseTermSchema.options]}
          describe={(term) => (term === '' ? t.notRecorded : t.offenseTerms[term])}
          onChange={(term) =>
            onSubject(
              withLakenRiley(subject, offenses, { charges: term ? [{ term, involvement: 'arrested' }] : undefined }),
            )
          }
        />
        <SelectField
          label={t.inadmissibilityGround}
          value={subject?.inadmissibility?.[0] ?? ''}
          options={['', ...InadmissibilityGroundSchema.options]}
          describe={(g) =>
            g === ''
              ? t.notRecorded
              : g === 'other'
                ? t.anotherGround
                : `${g.replace('ina-212-a-', 'INA 212(a)(').replace(/-(\w)$/, ')($1')})`
          }
          onChange={(ground) =>
            onSubject(withLakenRiley(subject, offenses, { inadmissibility: ground ? [ground] : undefined }))
          }
        />
        <p className="hint">{t.lakenRileyHint}</p>
      </fieldset>
      {[psp, jag].map((report) => (
        <details key={report.program} className="federal" open>
          <summary>
            <span lang={englishOnly(lang)}>{report.title}</span>:{' '}
            {report.requirements.map((r) => (
              <span key={r.id} className={`badge req-${r.status}`}>
                {r.id} {t.requirementStatus[r.status] ?? humanizeCode(r.status)}
              </span>
            ))}
          </summary>
          <ul>
            {report.requirements.map((r) => (
              <li key={r.id}>
                <strong lang={englishOnly(lang)}>{r.requirement}</strong>{' '}
                {t.requirementStatus[r.status] ?? humanizeCode(r.status)}. <span lang={englishOnly(lang)}>{r.why}</span>
              </li>
            ))}
          </ul>
          <p className="muted small" lang={englishOnly(lang)}>
            {report.notes.join(' ')}
          </p>
          <Citations ids={report.citations} />
        </details>
      ))}
    </Panel>
  );
}
