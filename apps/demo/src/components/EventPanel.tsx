import {
  type DetainerEventType,
  type EventAvailability,
  getCitation,
  HOLD_LIMIT_HOURS,
  isCitationId,
  POLICY_PRESETS,
} from '@detainer-kit/sdk';
import { useEffect, useId, useRef, useState } from 'react';
import { englishOnly, useLang, useT } from '../i18n/store';
import {
  buildEvent,
  defaultFormValues,
  EVENT_ACTOR,
  EVENTS_WITH_FORM,
  type EventFormValues,
  FORM_OPTIONS,
} from '../model/event-forms';
import { humanizeCode, toDatetimeLocal } from '../model/format';
import { CheckboxField, SelectField } from './fields';
import { Panel, setPanelOpen } from './Panel';

interface Props {
  readonly availability: readonly EventAvailability[];
  readonly now: string;
  readonly timeZone: string;
  readonly onSend: (event: Record<string, unknown>) => boolean;
  /** Teaching view: an arrow asked for this event's form (`n` changes on every click). */
  readonly openRequest?: { readonly type: DetainerEventType; readonly n: number } | null;
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

/** An option's label from a catalog map; a value the map lacks reads as its code. */
function pick(map: Readonly<Record<string, string>>, key: string): string {
  return map[key] ?? humanizeCode(key);
}

/** Every event type is a button; blocked ones stay visible and focusable, with the reason and its sources. */
export function EventPanel({ availability, now, timeZone, onSend, openRequest }: Props) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState<DetainerEventType | null>(null);
  const [values, setValues] = useState<EventFormValues>(() => defaultFormValues(now, timeZone));
  const [error, setError] = useState<string | null>(null);
  const idBase = useId();
  const sectionRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The button that opened the form, so focus goes back to it when the form closes (never to <body>).
  const returnTo = useRef<DetainerEventType | null>(null);

  // An opened form takes focus on its first field; a closed one hands focus back to its event's button.
  useEffect(() => {
    if (open) {
      formRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
      return;
    }
    const type = returnTo.current;
    returnTo.current = null;
    const active = document.activeElement;
    if (type && (!active || active === document.body || !sectionRef.current?.contains(active)))
      sectionRef.current?.querySelector<HTMLElement>(`button[data-event="${type}"]`)?.focus();
  }, [open]);
  const close = () => {
    returnTo.current = open;
    setOpen(null);
  };
  // Teaching view: an arrow whose event needs a payload opens that event's form here.
  const request = useRef(openRequest);
  const [focusForm, setFocusForm] = useState(0);
  useEffect(() => {
    if (!openRequest || request.current === openRequest) return;
    request.current = openRequest;
    // A closed events panel opens to show the form.
    setPanelOpen('events', true);
    setValues(defaultFormValues(now, timeZone));
    setError(null);
    setOpen(openRequest.type);
    setFocusForm(openRequest.n);
  }, [openRequest, now, timeZone]);
  useEffect(() => {
    if (focusForm === 0) return;
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [focusForm]);

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
    const built = buildEvent(open, values, timeZone, t.formErrors);
    if (!built.ok) {
      setError(built.message);
      return;
    }
    if (onSend(built.event)) close();
  };

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const groups = ['DHS', 'Custodian', 'Court / person'] as const;

  return (
    <Panel
      id="events"
      headingId={`${idBase}-h`}
      title={t.whatHappensNext}
      className="events-panel"
      summary={t.eventsPossible(availability.filter((a) => a.allowed).length)}
    >
      <div ref={sectionRef}>
        {groups.map((group) => (
          <div key={group} className="event-group">
            <h3>{t.actors[group]}</h3>
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
                        {t.eventLabels[a.type]}
                        {EVENTS_WITH_FORM.has(a.type) ? '…' : ''}
                      </button>
                      {a.allowed ? null : (
                        <div className="tooltip" id={tipId} role="tooltip">
                          <strong>{t.notPossibleNow}</strong> <span lang={englishOnly(lang)}>{a.why}</span>
                          {a.citations.length > 0 ? (
                            <span className="tip-cites">
                              {' '}
                              {t.sources}:{' '}
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
          <form ref={formRef} className="event-form" onSubmit={submit} aria-label={t.eventLabels[open]}>
            <h3>{t.eventLabels[open]}</h3>
            <label>
              {t.when} ({timeZone})
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
                <SelectField
                  label={t.form}
                  value={values.form}
                  options={FORM_OPTIONS.forms}
                  describe={(f) => f}
                  onChange={(form) => set('form', form)}
                />
                <fieldset>
                  <legend>{t.requests}</legend>
                  <CheckboxField
                    label={t.noticeBeforeRelease}
                    checked={values.requestNotice}
                    onChange={(checked) => set('requestNotice', checked)}
                  />
                  <CheckboxField
                    label={t.holdUpTo(HOLD_LIMIT_HOURS)}
                    checked={values.requestHold}
                    onChange={(checked) => set('requestHold', checked)}
                  />
                </fieldset>
                <fieldset>
                  <legend>{t.probableCauseBasis}</legend>
                  {FORM_OPTIONS.basis.map((b) => (
                    <CheckboxField
                      key={b}
                      label={t.basisOptions[b]}
                      checked={values.basis.includes(b)}
                      onChange={(checked) =>
                        set('basis', checked ? [...values.basis, b] : values.basis.filter((x) => x !== b))
                      }
                    />
                  ))}
                </fieldset>
                <SelectField
                  label={t.warrant}
                  value={values.warrant}
                  options={FORM_OPTIONS.warrants}
                  describe={(w) =>
                    w === 'none' ? t.warrantNone : w === 'judicial' ? t.warrantJudicial : t.warrantAdministrative(w)
                  }
                  onChange={(warrant) => set('warrant', warrant)}
                />
                <CheckboxField
                  label={t.neutralReview}
                  checked={values.neutralReview}
                  onChange={(checked) => set('neutralReview', checked)}
                />
                <label>
                  {t.issuedAt}
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
                {t.projectedRelease} ({timeZone})
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
                <SelectField
                  label={t.reason}
                  value={values.releaseReason}
                  options={FORM_OPTIONS.releaseReasons}
                  describe={(r) => pick(t.releaseReasons, r)}
                  onChange={(reason) => set('releaseReason', reason)}
                />
                <CheckboxField
                  label={t.dhsPresent}
                  checked={values.dhsPresent}
                  onChange={(checked) => set('dhsPresent', checked)}
                />
              </>
            ) : null}
            {open === 'DETAINER_LIFTED' ? (
              <SelectField
                label={t.liftReason}
                value={values.liftReason}
                options={FORM_OPTIONS.liftReasons}
                describe={(r) => pick(t.liftReasons, r)}
                onChange={(reason) => set('liftReason', reason)}
              />
            ) : null}
            {open === 'CUSTODIAN_REQUESTS_DELAY' ? (
              <SelectField
                label={t.personNeeded}
                value={values.delayReason}
                options={FORM_OPTIONS.delayReasons}
                describe={(r) => (r === 'prosecution' ? t.forProsecution : t.asWitness)}
                onChange={(reason) => set('delayReason', reason)}
              />
            ) : null}
            {open === 'ACCESS_REQUESTED' ? (
              <>
                <SelectField
                  label={t.accessArea}
                  value={values.accessArea}
                  options={['', ...FORM_OPTIONS.accessAreas]}
                  describe={(a) => (a === '' ? t.accessAreaNotStated : pick(t.accessAreas, a))}
                  onChange={(area) => set('accessArea', area)}
                />
                <CheckboxField
                  label={t.judicialWarrantForAccess}
                  checked={values.judicialWarrant}
                  onChange={(checked) => set('judicialWarrant', checked)}
                />
                <CheckboxField
                  label={t.writtenConsent}
                  checked={values.writtenConsent}
                  onChange={(checked) => set('writtenConsent', checked)}
                />
              </>
            ) : null}
            {open === 'PERSON_INFORMED' ? (
              <SelectField
                label={t.dutyPerformed}
                value={values.duty}
                options={FORM_OPTIONS.duties}
                describe={(d) => pick(t.duties, d)}
                onChange={(duty) => set('duty', duty)}
              />
            ) : null}
            {open === 'TRANSFERRED_BEFORE_RELEASE' ? (
              <SelectField
                label={t.basis}
                value={values.earlyTransferBasis}
                options={FORM_OPTIONS.earlyTransferBases}
                describe={(b) => pick(t.earlyTransferBases, b)}
                onChange={(basis) => set('earlyTransferBasis', basis)}
              />
            ) : null}
            {open === 'CUSTODY_MOVED' ? (
              <>
                <label>
                  {t.newCustodian}
                  <input
                    value={values.custodianName}
                    onChange={(e) => set('custodianName', e.target.value)}
                    maxLength={160}
                    required
                  />
                </label>
                <label>
                  {t.id}
                  <input
                    value={values.custodianId}
                    onChange={(e) => set('custodianId', e.target.value)}
                    maxLength={80}
                    required
                  />
                </label>
                <SelectField
                  label={t.kind}
                  value={values.custodianKind}
                  options={FORM_OPTIONS.custodianKinds}
                  describe={(k) => pick(t.custodianKinds, k)}
                  onChange={(kind) => set('custodianKind', kind)}
                />
                <SelectField
                  label={t.timeZone}
                  value={values.custodianTimeZone}
                  options={[...new Set([timeZone, ...TIME_ZONES])]}
                  describe={(z) => z}
                  onChange={(zone) => set('custodianTimeZone', zone)}
                />
                <SelectField
                  label={t.itsPolicy}
                  value={values.policyPreset}
                  options={FORM_OPTIONS.presets}
                  describe={(p) => POLICY_PRESETS[p].name}
                  onChange={(preset) => set('policyPreset', preset)}
                />
                <SelectField
                  label={t.heldThereOn}
                  value={values.moveBasis}
                  options={FORM_OPTIONS.moveBases}
                  describe={(b) => pick(t.moveBases, b)}
                  onChange={(basis) => set('moveBasis', basis)}
                />
              </>
            ) : null}
            {open === 'PROOF_OF_STATUS' ? (
              <SelectField
                label={t.proofShown}
                value={values.proof}
                options={FORM_OPTIONS.proofs}
                describe={(p) => pick(t.proofOfStatusOptions, p)}
                onChange={(proof) => set('proof', proof)}
              />
            ) : null}
            {error ? (
              <p className="form-error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="row">
              <button type="submit" className="primary">
                {t.send}
              </button>
              <button type="button" onClick={close}>
                {t.cancel}
              </button>
            </div>
          </form>
        ) : null}
      </div>
    </Panel>
  );
}

export { TIME_ZONES };
