import {
  AccessSwitchSchema,
  Agreement287gSchema,
  checkByrneJag2017,
  checkPublicSafetyPartnership,
  HoldLimitSchema,
  HoldSwitchSchema,
  InadmissibilityGroundSchema,
  type JurisdictionPolicy,
  NotifySwitchSchema,
  OffenseCategorySchema,
  OffenseTermSchema,
  POLICY_PRESET_IDS,
  POLICY_PRESET_NOTES,
  POLICY_PRESETS,
  PolicyCountingRuleSchema,
  ProofOfStatusSchema,
  parsePolicy,
  StateJudicialOrderSchema,
  StateLawSchema,
  type Subject,
  TransferSwitchSchema,
} from '@detainer-kit/sdk';
import { useState } from 'react';
import { englishOnly, useLang, useT } from '../i18n/store';
import { humanizeCode } from '../model/format';
import { matchPolicy } from '../model/policy-view';
import { describeError } from '../model/share-state';
import { Citations } from './Citations';
import { TIME_ZONES } from './EventPanel';
import { CheckboxField, SelectField } from './fields';
import { Panel } from './Panel';

interface Props {
  readonly policy: JurisdictionPolicy;
  readonly timeZone: string;
  readonly subject: Subject | undefined;
  readonly onPolicy: (policy: JurisdictionPolicy) => void;
  readonly onTimeZone: (timeZone: string) => void;
  readonly onSubject: (subject: Subject) => void;
}

const COUNTING = PolicyCountingRuleSchema.options;

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
export function PolicyPanel({ policy, timeZone, subject, onPolicy, onTimeZone, onSubject }: Props) {
  const t = useT();
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  const match = matchPolicy(policy);
  const preset = match.preset;
  const change = (patch: Partial<JurisdictionPolicy>) => {
    const merged = { ...policy, ...patch };
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
        />
        <SelectField
          label={t.noticeOfRelease}
          value={policy.notify}
          options={NotifySwitchSchema.options}
          describe={t.policyOptions.notify}
          onChange={(notify) => change({ notify })}
        />
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
                      ? [...policy.listedOffenses, o]
                      : policy.listedOffenses.filter((x) => x !== o),
                  })
                }
              />
            ))}
          </fieldset>
        ) : null}
        <SelectField
          label={t.dhsAccess}
          value={policy.access}
          options={ACCESS}
          describe={t.policyOptions.access}
          onChange={(access) => change({ access })}
        />
        <SelectField
          label={t.transferAtRelease}
          value={policy.transferAtRelease}
          options={TransferSwitchSchema.options}
          describe={t.policyOptions.transferAtRelease}
          onChange={(transferAtRelease) => change({ transferAtRelease })}
        />
        <SelectField
          label={t.stateLaw}
          value={policy.stateLaw}
          options={StateLawSchema.options}
          describe={t.policyOptions.stateLaw}
          onChange={(stateLaw) => change({ stateLaw })}
        />
        <SelectField
          label={t.countingOfHold}
          value={policy.countingRule}
          options={COUNTING}
          describe={t.policyOptions.countingRule}
          onChange={(countingRule) => change({ countingRule })}
        />
        <CheckboxField
          label={t.refuseDatabaseOnly}
          checked={policy.rejectDatabaseOnlyBasis}
          onChange={(rejectDatabaseOnlyBasis) => change({ rejectDatabaseOnlyBasis })}
        />
        <CheckboxField
          label={
            <>
              {t.neutralReviewSwitch} <span className="badge status-unverified">{t.unverified}</span>
            </>
          }
          checked={policy.requireNeutralReview}
          onChange={(requireNeutralReview) => change({ requireNeutralReview })}
        />
        <CheckboxField
          label={
            <>
              {t.informPersonSwitch} {t.informPersonWhere} <span className="badge status-secondary">{t.secondary}</span>
              )
            </>
          }
          checked={policy.informPersonOfRequest}
          onChange={(informPersonOfRequest) => change({ informPersonOfRequest })}
        />
        <CheckboxField
          label={
            <>
              {t.adviseRightsSwitch} {t.adviseRightsWhere} <span className="badge status-secondary">{t.secondary}</span>
              )
            </>
          }
          checked={policy.adviseRightsBeforeInterview}
          onChange={(adviseRightsBeforeInterview) => change({ adviseRightsBeforeInterview })}
        />
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
        />
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
        />
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
        />
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
        />
        <CheckboxField
          label={
            <>
              {t.warrantServiceSwitch} <span className="badge status-unverified">{t.unverified}</span>
            </>
          }
          checked={policy.warrantServiceOutsideNoAuthority}
          onChange={(warrantServiceOutsideNoAuthority) => change({ warrantServiceOutsideNoAuthority })}
        />
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
