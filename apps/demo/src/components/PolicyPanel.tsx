import {
  checkByrneJag2017,
  checkPublicSafetyPartnership,
  describeAccess,
  describeCountingRule,
  describeHoldSwitch,
  describeNotifySwitch,
  describeOffenseCategory,
  describeStateLaw,
  HoldSwitchSchema,
  type JurisdictionPolicy,
  NotifySwitchSchema,
  OffenseCategorySchema,
  POLICY_PRESET_IDS,
  POLICY_PRESET_NOTES,
  POLICY_PRESETS,
  parsePolicy,
  StateLawSchema,
  type Subject,
} from '@detainer-kit/sdk';
import { useState } from 'react';
import { humanizeCode } from '../model/format';
import { matchPolicy } from '../model/policy-view';
import { describeError } from '../model/share-state';
import { Citations } from './Citations';
import { TIME_ZONES } from './EventPanel';

interface Props {
  readonly policy: JurisdictionPolicy;
  readonly timeZone: string;
  readonly subject: Subject | undefined;
  readonly onPolicy: (policy: JurisdictionPolicy) => void;
  readonly onTimeZone: (timeZone: string) => void;
  readonly onSubject: (subject: Subject) => void;
}

const COUNTING = ['by-form', 'calendar', 'excludeWeekendsAndHolidays'] as const;

/** Presets or independent switches; the PSP and Byrne JAG readings of the policy, with reasons. */
export function PolicyPanel({ policy, timeZone, subject, onPolicy, onTimeZone, onSubject }: Props) {
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
    <section className="panel policy-panel" aria-labelledby="policy-h">
      <h2 id="policy-h">Custodian’s policy</h2>
      <label>
        Preset
        <select
          value={preset ?? ''}
          onChange={(e) => {
            const id = e.target.value as (typeof POLICY_PRESET_IDS)[number];
            if (id) onPolicy(POLICY_PRESETS[id]);
          }}
          data-testid="policy-preset"
        >
          {preset === null ? <option value="">Custom, based on {POLICY_PRESETS[match.closest].name}</option> : null}
          {POLICY_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {POLICY_PRESETS[id].name}
            </option>
          ))}
        </select>
      </label>
      {preset === null ? (
        <ul className="changes small" aria-label="Changed from the preset">
          {match.changes.map((c) => (
            <li key={c.field}>{c.text}</li>
          ))}
        </ul>
      ) : null}
      {policy.description ? <p className="muted small">{policy.description}</p> : null}
      {preset && POLICY_PRESET_NOTES[preset].unverified.length > 0 ? (
        <ul className="unverified">
          {POLICY_PRESET_NOTES[preset].unverified.map((n) => (
            <li key={n}>
              <span className="badge status-unverified">unverified</span> {n}
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset className="switches">
        <legend>Switches</legend>
        <label>
          Hold requests
          <select value={policy.hold} onChange={(e) => change({ hold: e.target.value as JurisdictionPolicy['hold'] })}>
            {HoldSwitchSchema.options.map((o) => (
              <option key={o} value={o}>
                {describeHoldSwitch(o)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Notice of release
          <select
            value={policy.notify}
            onChange={(e) => change({ notify: e.target.value as JurisdictionPolicy['notify'] })}
          >
            {NotifySwitchSchema.options.map((o) => (
              <option key={o} value={o}>
                {describeNotifySwitch(o)}
              </option>
            ))}
          </select>
        </label>
        {policy.hold === 'listed-offenses' || policy.notify === 'listed-offenses' ? (
          <fieldset>
            <legend>Listed offenses</legend>
            {OffenseCategorySchema.options.map((o) => (
              <label key={o} className="check">
                <input
                  type="checkbox"
                  checked={policy.listedOffenses.includes(o)}
                  onChange={(e) =>
                    change({
                      listedOffenses: e.target.checked
                        ? [...policy.listedOffenses, o]
                        : policy.listedOffenses.filter((x) => x !== o),
                    })
                  }
                />{' '}
                {describeOffenseCategory(o)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label>
          DHS access
          <select
            value={policy.access}
            onChange={(e) => change({ access: e.target.value as JurisdictionPolicy['access'] })}
          >
            {(['allowed', 'refused'] as const).map((o) => (
              <option key={o} value={o}>
                {describeAccess(o)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={policy.transferAtRelease}
            onChange={(e) => change({ transferAtRelease: e.target.checked })}
          />{' '}
          Hand over to DHS at release when DHS is present
        </label>
        <label>
          State law
          <select
            value={policy.stateLaw}
            onChange={(e) => change({ stateLaw: e.target.value as JurisdictionPolicy['stateLaw'] })}
          >
            {StateLawSchema.options.map((o) => (
              <option key={o} value={o}>
                {describeStateLaw(o)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Counting of the hold
          <select
            value={policy.countingRule}
            onChange={(e) => change({ countingRule: e.target.value as JurisdictionPolicy['countingRule'] })}
          >
            {COUNTING.map((o) => (
              <option key={o} value={o}>
                {describeCountingRule(o)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={policy.rejectDatabaseOnlyBasis}
            onChange={(e) => change({ rejectDatabaseOnlyBasis: e.target.checked })}
          />{' '}
          Refuse holds on a database-only basis
        </label>
        <label>
          Custodian’s time zone
          <select value={timeZone} onChange={(e) => onTimeZone(e.target.value)}>
            {[...new Set([timeZone, ...TIME_ZONES])].map((z) => (
              <option key={z}>{z}</option>
            ))}
          </select>
        </label>
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <fieldset className="switches">
        <legend>The person</legend>
        {OffenseCategorySchema.options.map((o) => (
          <label key={o} className="check">
            <input
              type="checkbox"
              checked={offenses.includes(o)}
              onChange={(e) =>
                onSubject({
                  proofOfStatus: subject?.proofOfStatus ?? 'none',
                  offenses: e.target.checked ? [...offenses, o] : offenses.filter((x) => x !== o),
                })
              }
            />{' '}
            {describeOffenseCategory(o)}
          </label>
        ))}
        <label>
          Proof of status given
          <select
            value={subject?.proofOfStatus ?? 'none'}
            onChange={(e) => onSubject({ offenses, proofOfStatus: e.target.value as Subject['proofOfStatus'] })}
          >
            {(['none', 'us-citizenship', 'lawful-status'] as const).map((o) => (
              <option key={o} value={o}>
                {humanizeCode(o)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {[psp, jag].map((report) => (
        <details key={report.program} className="federal" open>
          <summary>
            {report.title}:{' '}
            {report.requirements.map((r) => (
              <span key={r.id} className={`badge req-${r.status}`}>
                {r.id} {humanizeCode(r.status)}
              </span>
            ))}
          </summary>
          <ul>
            {report.requirements.map((r) => (
              <li key={r.id}>
                <strong>{r.requirement}</strong> {humanizeCode(r.status)}. {r.why}
              </li>
            ))}
          </ul>
          <p className="muted small">{report.notes.join(' ')}</p>
          <Citations ids={report.citations} />
        </details>
      ))}
    </section>
  );
}
