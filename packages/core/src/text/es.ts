import { esMachine } from './es-machine.js';
import type { Messages } from './messages.js';

/**
 * Los textos en español del núcleo (the Spanish catalog): a separate module, loaded only by those who ask for it
 * (`loadLanguage('es')`, or `import { es } from '@detainer-kit/core/text/es'`). Written for people, in neutral
 * wording; the forms keep their English names (I-247A) and the Spanish term stands beside the English one where
 * one is in use ("orden de detención migratoria (detainer)"). Quotations of forms and rules are translations; the
 * citation gives the English original.
 */
export const es: Messages = {
  ...esMachine,
  // Desenlaces (DOMAIN.md §2.7).
  'outcome.title.transferred-to-dhs': 'Entregada al DHS',
  'outcome.title.released-hold-expired': 'Liberada: venció la retención',
  'outcome.title.released-hold-declined': 'Liberada: retención no aceptada',
  'outcome.title.released-detainer-lifted': 'Detainer retirado',
  'outcome.title.released-no-hold-requested': 'Liberada: no se pidió retención',
  'outcome.reason.dhs-assumed-custody-during-hold':
    'El DHS asumió la custodia durante la retención, antes de su plazo ("Booked into Detention", ingreso en detención).',
  'outcome.reason.transferred-at-release':
    'El DHS estaba presente en el momento de la liberación y la política entrega a la persona en ese momento.',
  'outcome.reason.hold-limit-reached':
    'La retención llegó a su plazo sin que el DHS asumiera la custodia (si el DHS llega justo en el plazo, ya es tarde); la persona queda en libertad en ese instante. Retenerla más tiempo expone a una detención ilegal (false imprisonment).',
  'outcome.reason.notice-only-request':
    'La orden (detainer) pedía solo un aviso y no pedía detención, así que la persona quedó en libertad sin retención.',
  'outcome.reason.no-detainer':
    'No se presentó ninguna orden de detención migratoria (detainer) antes de que la persona pudiera quedar en libertad, así que se aplicaron las reglas ordinarias de liberación.',
  'outcome.reason.detainer-not-served':
    'El I-247A nunca se entregó a la persona, así que no había surtido efecto cuando la persona pudo quedar en libertad.',
  'outcome.reason.transferred-before-release-eligibility':
    'El custodio entregó a la persona al DHS antes de que pudiera quedar en libertad, como lo permite la ley estatal (Florida SB 168: un tribunal puede reducir una condena hasta 12 días para que el DHS asuma la custodia antes de la liberación; Iowa cap. 27A: el final de una condena puede cumplirse bajo custodia federal). No hizo falta una retención.',
  'outcome.reason.hold-declined-after-custody-move':
    'La persona, retenida solo por la orden de detención migratoria (detainer), fue trasladada durante la retención a un custodio cuya política no acepta la solicitud de retención: la retención terminó con el traslado y la persona quedó en libertad.',
  'outcome.reason.hold-declined-after-proof-of-status':
    'La persona presentó prueba de ciudadanía estadounidense o de estatus legal durante la retención. La obligación estatal de aceptar las solicitudes de la orden no se aplica a esa persona, y la política local no acepta la solicitud de retención: la retención terminó al presentarse la prueba y la persona quedó en libertad.',
  'outcome.lifted': 'El DHS retiró la orden (detainer) ({words}).',
  'outcome.declined': 'El custodio no aceptó la solicitud de retención y la persona quedó en libertad. {reason}',
  // Los motivos de retiro de los datos de ICE ("Detainer Lift Reason") [ddp-codebook].
  'lift.prosecutorial-discretion': 'discrecionalidad procesal (prosecutorial discretion)',
  'lift.us-citizenship-claim': 'ciudadanía estadounidense o una presunta reclamación de ella',
  'lift.not-amenable-to-removal': 'no sujeta a deportación',
  'lift.case-closed': 'caso cerrado',
  'lift.early-release': 'liberación anticipada',
  'lift.no-longer-in-custody': 'ya no está bajo custodia estatal, local ni federal',
  // La decisión del custodio, por código de motivo.
  'decision.detainer-is-request':
    'Una orden de detención migratoria (detainer) es una solicitud, no un mandato: aceptarla es decisión del custodio, y el custodio responde de esa decisión.',
  'decision.hold-is-new-seizure':
    'Retener a la persona después del momento en que quedaría en libertad es una nueva detención, que necesita su propia causa probable.',
  'decision.hold-not-requested':
    'La orden (detainer) no pide al custodio que retenga a la persona, así que no hay ninguna solicitud de retención que aceptar.',
  'decision.hold-not-requested-i247n': 'La orden es un I-247N: pide solo un aviso de liberación y no pide detención.',
  'decision.hold-not-requested-i247g':
    'La orden es un I-247G, solicitud de aviso previo de liberación (Request for Advance Notification of Release): pide solo un aviso de liberación y no pide detención.',
  'decision.federal-hold-neutral-review':
    'La política aplica el acuerdo Gonzalez (4 de marzo de 2025): una solicitud de retención necesita una revisión neutral de la causa probable. Esta solicitud tuvo esa revisión (o viene con una orden judicial). No está verificado qué oficinas de ICE abarca el acuerdo; esta política supone que abarca esta.',
  'decision.federal-hold-no-neutral-review':
    'La política aplica el acuerdo Gonzalez (4 de marzo de 2025): una solicitud de retención necesita una revisión neutral de la causa probable, y esta no tuvo ninguna (ni orden judicial), así que no se acepta. No está verificado qué oficinas de ICE abarca el acuerdo; esta política supone que abarca esta.',
  'decision.notice-not-requested':
    'La orden (detainer) no pide aviso de liberación, así que no hay ninguna solicitud de aviso que aceptar.',
  'decision.state-law-none': 'Aquí no se aplica ninguna ley estatal sobre detainers: decide la política local.',
  'decision.state-law-no-authority':
    'La ley estatal no da al custodio autoridad para retener a una persona por una orden de detención migratoria civil, así que no se acepta ninguna solicitud de retención, diga lo que diga la política local. El aviso y el acceso del DHS siguen la política local.',
  'decision.state-law-no-authority-overrides-local':
    'La ley estatal no da al custodio autoridad para retener a una persona por una orden de detención migratoria civil. La política local aceptaría esta solicitud de retención; la ley estatal prevalece sobre la política local, así que la solicitud no se acepta. El aviso y el acceso del DHS siguen la política local.',
  'decision.state-law-mandated-compliance':
    'La ley estatal obliga al custodio a aceptar las solicitudes de retención y de aviso de la orden, y a decirle a la persona por qué está retenida; no se aplican los ajustes de retención y aviso de la política local.',
  'decision.state-law-mandated-compliance-overrides-local':
    'La ley estatal obliga al custodio a aceptar las solicitudes de retención y de aviso de la orden, y a decirle a la persona por qué está retenida. La política local no aceptaría todas las solicitudes de esta orden; la ley estatal prevalece sobre la política local, así que se aceptan todas.',
  'decision.state-law-mandate-exempt-citizenship':
    'La persona ha presentado prueba de ciudadanía estadounidense. La ley estatal exime ese caso de la obligación de aceptar las solicitudes de la orden, así que esa obligación no se aplica: los ajustes de la política local deciden la solicitud de retención y el aviso, como si la ley estatal no dijera nada.',
  'decision.state-law-mandate-exempt-lawful-status':
    'La persona ha presentado prueba de estatus migratorio legal. La ley estatal exime ese caso de la obligación de aceptar las solicitudes de la orden, así que esa obligación no se aplica: los ajustes de la política local deciden la solicitud de retención y el aviso, como si la ley estatal no dijera nada.',
  'decision.local-hold-never': 'La política local no acepta solicitudes de retención.',
  'decision.local-hold-always': 'La política local acepta las solicitudes de retención.',
  'decision.local-hold-judicial-warrant':
    'La política local acepta una solicitud de retención solo con una orden judicial, y esta orden viene con una orden firmada por un juez.',
  'decision.local-hold-administrative-warrant':
    'La política local acepta una solicitud de retención solo con una orden judicial. Esta viene con una orden administrativa (I-200 o I-205), firmada por un agente de inmigración y no por un juez, así que la solicitud de retención no se acepta.',
  'decision.local-hold-no-warrant':
    'La política local acepta una solicitud de retención solo con una orden judicial, y esta no viene con ninguna orden, así que la solicitud de retención no se acepta.',
  'decision.local-hold-listed-offense':
    'La política local acepta una solicitud de retención solo por delitos de su lista, y los cargos o condenas de la persona incluyen un delito de la lista.',
  'decision.local-hold-no-listed-offense':
    'La política local acepta una solicitud de retención solo por delitos de su lista, y ninguno de los cargos o condenas de la persona está en la lista, así que la solicitud de retención no se acepta.',
  'decision.local-hold-database-only-basis':
    'La política local no acepta una solicitud de retención cuya única base de causa probable es una coincidencia biométrica y registros de bases de datos, y esa es la única base de esta orden.',
  'decision.local-hold-no-stated-basis':
    'La política local no acepta una solicitud de retención que se apoya solo en registros de bases de datos, y esta orden no indica otra base de causa probable (no indica ninguna), así que la solicitud de retención no se acepta.',
  'decision.local-notify-never': 'La política local no da al DHS aviso de liberación.',
  'decision.local-notify-always': 'La política local da al DHS aviso de liberación cuando el DHS lo pide.',
  'decision.local-notify-listed-offense':
    'La política local da aviso de liberación solo por delitos de su lista, y los cargos o condenas de la persona incluyen un delito de la lista.',
  'decision.local-notify-no-listed-offense':
    'La política local da aviso de liberación solo por delitos de su lista, y ninguno de los cargos o condenas de la persona está en la lista, así que no se da aviso.',
  'decision.local-notify-barred':
    'La política sigue una ley que prohíbe cualquier cumplimiento de una orden de detención migratoria, como la ley TRUST de Illinois (no detener "únicamente con base en una orden de detención migratoria o una orden civil de inmigración, ni cumplirla de otro modo"): no se da aviso de liberación, pida lo que pida la orden. Es una prohibición, no una decisión de no aceptar.',
  'decision.local-access-allowed':
    'La política local permite al DHS entrar en el centro para entrevistar a las personas bajo custodia.',
  'decision.local-access-refused':
    'La política local no permite al DHS entrar en el centro para entrevistar a las personas bajo custodia.',
  'decision.local-transfer-at-release':
    'La política local entrega a la persona al DHS en el momento de la liberación cuando el DHS está presente.',
  'decision.local-no-transfer-at-release':
    'La política local no entrega a la persona al DHS en el momento de la liberación.',
  'decision.local-transfer-listed-offense':
    'La política local entrega a la persona al DHS al liberarla solo por delitos de su lista, y los cargos o condenas de la persona incluyen un delito de la lista, así que se la entrega cuando el DHS está presente.',
  'decision.local-transfer-no-listed-offense':
    'La política local entrega a la persona al DHS al liberarla solo por delitos de su lista, y ninguno de los cargos o condenas de la persona está en la lista, así que no se la entrega.',
  'decision.state-law-no-authority-warrant-service':
    'La ley estatal no da al custodio autoridad para retener a una persona por una orden de detención migratoria civil. Con el acuerdo 287(g) de Warrant Service Officer (agente que ejecuta órdenes) del custodio, la política entiende que la entrega de la orden administrativa de ICE (I-200 o I-205) por un agente local delegado queda fuera de esa regla, así que la retención sigue como ejecución de la orden federal, no como retención por la orden de detención, y decide la política local. No está verificado si esa ejecución escapa a una regla estatal de «sin autoridad» (Lunn, Ramon).',
  'decision.agreement-287g-jail-enforcement':
    'El custodio tiene un acuerdo 287(g) de Jail Enforcement Model (modelo de cárceles): agentes de la cárcel capacitados examinan a las personas y emiten ellos mismos las órdenes de detención, así que en este modelo la orden la presentó un agente local 287(g) y no personal de ICE. Los ajustes del custodio deciden como de costumbre.',
  'decision.agreement-287g-warrant-service':
    'El custodio tiene un acuerdo 287(g) de Warrant Service Officer (agente que ejecuta órdenes): agentes locales delegados entregan la orden administrativa de ICE (I-200 o I-205) dentro de la cárcel y transfieren la custodia a ICE; no examinan a las personas ni emiten órdenes de detención. Aquí, una retención es la ejecución de esa orden.',
  'decision.local-access-judicial-warrant-for-non-public-areas':
    'La política permite al DHS entrevistar a personas en las áreas públicas del centro; en las áreas no públicas, solo con una orden judicial, como dispone la ley de Colorado desde 2025. Cada solicitud de entrevista se decide según dónde es y si viene con una orden judicial.',
  'decision.local-access-written-consent':
    'La política permite al DHS entrevistar a una persona solo con el consentimiento por escrito de esa persona, como California exige en sus prisiones estatales. Cada solicitud de entrevista se decide según si la persona dio su consentimiento por escrito.',
  'decision.access-public-area':
    'La entrevista se pide en un área pública del centro, donde la política no exige una orden judicial, así que se concede.',
  'decision.access-non-public-judicial-warrant':
    'La entrevista se pide en un área no pública y el DHS tiene una orden judicial, que la política exige allí, así que se concede.',
  'decision.access-non-public-no-judicial-warrant':
    'La entrevista se pide en un área no pública sin una orden judicial, que la política exige allí, así que se rechaza. Una orden administrativa (I-200 o I-205) no es una orden judicial.',
  'decision.access-written-consent-given':
    'La persona dio su consentimiento por escrito a la entrevista, que la política exige, así que se concede.',
  'decision.access-no-written-consent':
    'La persona no ha dado su consentimiento por escrito a la entrevista, que la política exige, así que se rechaza.',
  'decision.local-no-transfer-barred':
    'La ley que sigue la política prohíbe cualquier cumplimiento de una orden de detención migratoria, así que tampoco se entrega a la persona al DHS al liberarla, diga lo que diga el ajuste de entrega.',
  // Cómo se cuentan las 48 horas (DOMAIN.md §3).
  'counting.policy.calendar':
    'La política cuenta las 48 horas como tiempo transcurrido, fines de semana y feriados incluidos.',
  'counting.policy.excludeWeekendsAndHolidays':
    'La política cuenta las 48 horas solo en días hábiles, sin sábados, domingos ni feriados federales.',
  'counting.form.I-247A':
    'El I-247A pide una retención "de no más de 48 horas después del momento en que la persona habría quedado en libertad". No está verificado si ese cómputo deja fuera los fines de semana y feriados; este caso cuenta 48 horas transcurridas. Para aplicar el cómputo en días hábiles del reglamento, ponga la regla de cómputo de la política en "excludeWeekendsAndHolidays".',
  'counting.form.regulation':
    'Una retención por un {form} sigue el reglamento: "no más de 48 horas, sin contar sábados, domingos ni feriados".',
  'counting.unverified': ' Esta regla de cómputo se basa en una lectura no verificada del formulario.',
  // El aviso de liberación, por estado [i247a-form].
  'notice.not-requested': 'El DHS no pidió aviso de liberación.',
  'notice.withheld-by-policy': 'El DHS pidió aviso de liberación; la política no lo da.',
  'notice.barred-by-law':
    'El DHS pidió aviso de liberación; una ley que sigue la política prohíbe cualquier cumplimiento de una orden de detención migratoria, aviso incluido, así que no se da.',
  'notice.pending': 'El aviso de liberación vence el {due} y todavía no se ha enviado.',
  'notice.sent-on-time': 'El aviso de liberación vencía el {due} y se envió a tiempo, el {sent}, {lead}.',
  'notice.sent-late':
    'El aviso de liberación vencía el {due} y se envió tarde, el {sent}, {lead}. El aviso tardío queda registrado; no decide el caso.',
  'notice.sent-48h-not-possible':
    'El custodio supo de la liberación con menos de {hours} horas de antelación, así que nunca fue posible avisar con {hours} horas; el aviso se envió el {sent}, {lead}. El formulario pide aviso "lo antes posible (al menos 48 horas, si es posible)": no es un aviso tardío.',
  'notice.not-sent': 'El aviso de liberación vencía el {due} y nunca se envió. Queda registrado; no decide el caso.',
  'notice.not-requested-detainer-lifted':
    'El DHS retiró la orden (detainer) antes de que se enviara el aviso de liberación; una vez retirada la orden, nada pide aviso.',
  // El aviso de dos horas tras la fecha de liberación, por estado [nc-hb318-2025].
  'eligibility.pending': 'sigue abierto',
  'eligibility.sent-on-time': 'se cumplió',
  'eligibility.sent-late': 'no se cumplió (queda registrado; no decide el caso)',
  'eligibility.not-sent': 'no se cumplió (queda registrado; no decide el caso)',
  'eligibility.sentence':
    'Una ley estatal que sigue la política (HB 318 de Carolina del Norte; su fecha de entrada en vigor no está verificada) exige avisar a ICE dentro de las dos horas siguientes al momento en que la persona puede quedar en libertad, a más tardar el {due}: {sent}, así que el plazo {verdict}.',
  'eligibility.sent-at': 'se envió el {at}',
  'eligibility.not-sent-yet': 'no se envió',
  // La antelación de un aviso: "7 h 50 min antes de la liberación prevista".
  'lead.unknown': 'antelación desconocida',
  'lead.before': '{span} antes de la liberación prevista',
  'lead.after': '{span} después de la liberación prevista',
  // El relato del caso (explain() del SDK).
  'case.booked': 'El {when} la persona ingresa bajo custodia penal en {custodian}, con la política "{policy}".',
  'case.entry': 'El {when}: {description}',
  'case.entry-at-deadline': 'Al vencer el plazo, el {when}: {description}',
  'case.hold-limit': 'La retención no puede pasar del {when}.',
  'case.outcome': 'Desenlace: {text}',
  'case.open': 'Al {when} el caso sigue abierto: {state}',
  'case.open-no-state': 'todavía no hay desenlace.',
  'case.unknown-time': '?',
  'diagram.transient': 'se decide en el acto',
  // Lo que dice toda vista de un resultado.
  'model.disclaimer': 'Modelo educativo, no es asesoría legal.',
  'model.lawAsOfText':
    'Modela las reglas federales sobre detainers y los tipos de política de sus fuentes a agosto de 2021 (la fuente más reciente citada).',
};
