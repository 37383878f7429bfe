import {
  type DetainerEventType,
  type EventAvailability,
  getCitation,
  HOLD_LIMIT_HOURS,
  isCitationId,
  POLICY_PRESETS,
  type PolicyPresetId,
} from '@detainer-kit/sdk';
import { useId, useState } from 'react';
import {
  buildEvent,
  defaultFormValues,
  EVENT_ACTOR,
  EVENT_LABELS,
  EVENTS_WITH_FORM,
  type EventFormValues,
  FORM_OPTIONS,
} from '../model/event-forms';
import { humanizeCode, toDatetimeLocal } from '../model/format';

interface Props {
  readonly availability: readonly EventAvailability[];
  readonly now: string;
  readonly timeZone: string;
  readonly onSend: (event: Record<string, unknown>) => boolean;
}

const TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
];

/** Every event type is a button; blocked ones stay visible and focusable, with the reason and its sources. */
export function EventPanel({ availability, now, timeZone, onSend }: Props) {
  const [open, setOpen] = useState<DetainerEventType | null>(null);
  const [values, setValues] = useState<EventFormValues>(() => defaultFormValues(now, timeZone));
  const [error, setError] = useState<string | null>(null);
  const idBase = useId();

  const start = (a: EventAvailability) => {
    if (!a.allowed) return;
    if (EVENTS_WITH_FORM.has(a.type)) {
      setValues(defaultFormValues(now, timeZone));
      setError(null);
      setOpen(a.type);
      return;
    }
    onSend({ type: a.type, at: now });
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!open) return;
    const built = buildEvent(open, values, timeZone);
    if (!built.ok) {
      setError(built.message);
      return;
    }
    if (onSend(built.event)) setOpen(null);
  };

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const groups = ['DHS', 'Custodian', 'Court / person'] as const;

  return (
    <section className="panel" aria-labelledby={`${idBase}-h`}>
      <h2 id={`${idBase}-h`}>What happens next</h2>
      {groups.map((group) => (
        <div key={group} className="event-group">
          <h3>{group}</h3>
          <ul className="event-list">
            {availability
              .filter((a) => EVENT_ACTOR[a.type] === group)
              .map((a) => {
                const tipId = `${idBase}-${a.type}-why`;
                return (
                  <li key={a.type} className="event-item">
                    <button
                      type="button"
                      className={`event-button${a.allowed ? '' : ' blocked'}${open === a.type ? ' open' : ''}`}
                      aria-disabled={a.allowed ? undefined : 'true'}
                      aria-describedby={a.allowed ? undefined : tipId}
                      aria-expanded={EVENTS_WITH_FORM.has(a.type) && a.allowed ? open === a.type : undefined}
                      data-event={a.type}
                      onClick={() => start(a)}
                    >
                      {EVENT_LABELS[a.type]}
                      {EVENTS_WITH_FORM.has(a.type) ? '…' : ''}
                    </button>
                    {a.allowed ? null : (
                      <div className="tooltip" id={tipId} role="tooltip">
                        <strong>Not possible now.</strong> {a.why}
                        {a.citations.length > 0 ? (
                          <span className="tip-cites">
                            {' '}
                            Sources:{' '}
                            {a.citations
                              .filter(isCitationId)
                              .map((c) => `[${c}] ${getCitation(c).title}`)
                              .join('; ')}
                          </span>
                        ) : null}
                      </div>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      {open ? (
        <form className="event-form" onSubmit={submit} aria-label={EVENT_LABELS[open]}>
          <h3>{EVENT_LABELS[open]}</h3>
          <label>
            When ({timeZone})
            <input
              type="datetime-local"
              value={values.at}
              min={toDatetimeLocal(now, timeZone)}
              onChange={(e) => set('at', e.target.value)}
              required
            />
          </label>
          {open === 'DETAINER_LODGED' ? (
            <>
              <label>
                Form
                <select value={values.form} onChange={(e) => set('form', e.target.value)}>
                  {FORM_OPTIONS.forms.map((f) => (
                    <option key={f}>{f}</option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>Requests</legend>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={values.requestNotice}
                    onChange={(e) => set('requestNotice', e.target.checked)}
                  />{' '}
                  Notice before release
                </label>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={values.requestHold}
                    onChange={(e) => set('requestHold', e.target.checked)}
                  />{' '}
                  Hold up to {HOLD_LIMIT_HOURS} hours
                </label>
              </fieldset>
              <fieldset>
                <legend>Probable-cause basis</legend>
                {FORM_OPTIONS.basis.map((b) => (
                  <label key={b} className="check">
                    <input
                      type="checkbox"
                      checked={values.basis.includes(b)}
                      onChange={(e) =>
                        set('basis', e.target.checked ? [...values.basis, b] : values.basis.filter((x) => x !== b))
                      }
                    />{' '}
                    {humanizeCode(b)}
                  </label>
                ))}
              </fieldset>
              <label>
                Warrant
                <select value={values.warrant} onChange={(e) => set('warrant', e.target.value)}>
                  {FORM_OPTIONS.warrants.map((w) => (
                    <option key={w} value={w}>
                      {w === 'none' ? 'none' : w === 'judicial' ? 'judicial warrant' : `${w} (administrative)`}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Issued at (optional)
                <input
                  type="datetime-local"
                  value={values.issuedAt}
                  onChange={(e) => set('issuedAt', e.target.value)}
                />
              </label>
            </>
          ) : null}
          {open === 'RELEASE_SCHEDULED' ? (
            <label>
              Projected release ({timeZone})
              <input
                type="datetime-local"
                value={values.releaseAt}
                onChange={(e) => set('releaseAt', e.target.value)}
                required
              />
            </label>
          ) : null}
          {open === 'RELEASE_ELIGIBLE' ? (
            <>
              <label>
                Reason
                <select value={values.releaseReason} onChange={(e) => set('releaseReason', e.target.value)}>
                  {FORM_OPTIONS.releaseReasons.map((r) => (
                    <option key={r} value={r}>
                      {humanizeCode(r)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={values.dhsPresent}
                  onChange={(e) => set('dhsPresent', e.target.checked)}
                />{' '}
                DHS is present at the facility
              </label>
            </>
          ) : null}
          {open === 'DETAINER_LIFTED' ? (
            <label>
              Reason (ICE lift reason)
              <select value={values.liftReason} onChange={(e) => set('liftReason', e.target.value)}>
                {FORM_OPTIONS.liftReasons.map((r) => (
                  <option key={r} value={r}>
                    {humanizeCode(r)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {open === 'CUSTODIAN_REQUESTS_DELAY' ? (
            <label>
              The person is needed
              <select value={values.delayReason} onChange={(e) => set('delayReason', e.target.value)}>
                {FORM_OPTIONS.delayReasons.map((r) => (
                  <option key={r} value={r}>
                    {r === 'prosecution' ? 'for prosecution' : 'as a witness'}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {open === 'CUSTODY_MOVED' ? (
            <>
              <label>
                New custodian
                <input
                  value={values.custodianName}
                  onChange={(e) => set('custodianName', e.target.value)}
                  maxLength={160}
                  required
                />
              </label>
              <label>
                Id
                <input
                  value={values.custodianId}
                  onChange={(e) => set('custodianId', e.target.value)}
                  maxLength={80}
                  required
                />
              </label>
              <label>
                Kind
                <select value={values.custodianKind} onChange={(e) => set('custodianKind', e.target.value)}>
                  {FORM_OPTIONS.custodianKinds.map((k) => (
                    <option key={k} value={k}>
                      {humanizeCode(k)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Time zone
                <select value={values.custodianTimeZone} onChange={(e) => set('custodianTimeZone', e.target.value)}>
                  {[...new Set([timeZone, ...TIME_ZONES])].map((z) => (
                    <option key={z}>{z}</option>
                  ))}
                </select>
              </label>
              <label>
                Its policy
                <select
                  value={values.policyPreset}
                  onChange={(e) => set('policyPreset', e.target.value as PolicyPresetId)}
                >
                  {FORM_OPTIONS.presets.map((p) => (
                    <option key={p} value={p}>
                      {POLICY_PRESETS[p].name}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : null}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="row">
            <button type="submit" className="primary">
              Send
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

export { TIME_ZONES };
