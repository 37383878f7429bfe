import type { MachineMessages } from './machine-keys.js';

/**
 * Los textos del diagrama de estados en español (the statechart's Spanish texts), by the same keys as
 * `./en-machine.ts`: part of the Spanish catalog (`./es.ts`), loaded only on request. Written for people, in neutral
 * wording; the forms keep their English names (I-247A) and the event names stay as the machine spells them.
 */
export const esMachine: MachineMessages = {
  'state.detainerCase.title': 'Caso de orden de detención migratoria (detainer)',
  'state.detainerCase.description':
    'Un caso de orden de detención migratoria (detainer) en manos de un custodio, desde el ingreso hasta un único desenlace.',
  'state.detainerCase.explanation':
    'Una orden de detención migratoria (detainer) es una solicitud del DHS a la agencia que tiene a una persona bajo custodia penal: avisar antes de la liberación, retener a la persona hasta 48 horas después de la liberación, o ambas cosas. Aceptarla es decisión del custodio, según su política y la ley estatal. Cada caso termina en un único desenlace.',
  'state.inCriminalCustody.title': 'Bajo custodia penal',
  'state.inCriminalCustody.description':
    'La persona está detenida por un cargo penal: recién ingresada, a la espera de juicio o cumpliendo una condena.',
  'state.inCriminalCustody.explanation':
    'Al ingreso, las huellas dactilares van al FBI, que las comparte con el DHS; una coincidencia permite a ICE decidir si presenta una orden de detención. En una jurisdicción con el modelo de cárceles 287(g), agentes locales capacitados pueden examinar a las personas y emitir ellos mismos las órdenes.',
  'state.inCriminalCustody.noDetainer.title': 'Sin orden de detención',
  'state.inCriminalCustody.noDetainer.description':
    'No se ha presentado ninguna orden de detención migratoria (detainer).',
  'state.inCriminalCustody.noDetainer.explanation':
    'El DHS no ha presentado ninguna orden de detención. Si la persona puede quedar en libertad ahora, se aplican las reglas ordinarias de liberación.',
  'state.inCriminalCustody.awaitingService.title': 'Pendiente de entrega',
  'state.inCriminalCustody.awaitingService.description':
    'Se presentó un I-247A, pero todavía no se ha entregado a la persona.',
  'state.inCriminalCustody.awaitingService.explanation':
    'Según las instrucciones de ICE, hay que entregar a la persona una copia del I-247A para que surta efecto. Hasta entonces, el custodio no tiene nada que aceptar.',
  'state.inCriminalCustody.detainerInEffect.title': 'Orden de detención vigente',
  'state.inCriminalCustody.detainerInEffect.description':
    'Hay una orden de detención migratoria (detainer) vigente; el custodio ha decidido qué hacer según su política.',
  'state.inCriminalCustody.detainerInEffect.explanation':
    'Una orden de detención migratoria es una solicitud, no un mandato. El custodio aplica su política, primero la ley estatal, y decide si acepta una retención, si solo da aviso o si no acepta nada. Cada motivo queda registrado con su fuente.',
  'state.inCriminalCustody.detainerInEffect.deciding.title': 'Decidiendo',
  'state.inCriminalCustody.detainerInEffect.deciding.description':
    'El custodio aplica las capas de su política a esta orden de detención.',
  'state.inCriminalCustody.detainerInEffect.deciding.explanation':
    'Las políticas son ajustes separados: retención, aviso, acceso, entrega y una capa de ley estatal que prevalece sobre la política local. La decisión se toma en el acto.',
  'state.inCriminalCustody.detainerInEffect.honoringHold.title': 'Aceptará la retención',
  'state.inCriminalCustody.detainerInEffect.honoringHold.description':
    'El custodio aceptará la solicitud de retención.',
  'state.inCriminalCustody.detainerInEffect.honoringHold.explanation':
    'Cuando la persona pueda quedar en libertad, empieza a correr el reloj de la retención: 48 horas como máximo, contadas según la regla que se aplica a esta orden.',
  'state.inCriminalCustody.detainerInEffect.notifyingOnly.title': 'Solo aviso',
  'state.inCriminalCustody.detainerInEffect.notifyingOnly.description': 'El custodio dará aviso, pero no retendrá.',
  'state.inCriminalCustody.detainerInEffect.notifyingOnly.explanation':
    'El DHS se entera de la liberación si se envía el aviso; al quedar en libertad, la persona sale, salvo que el DHS esté allí.',
  'state.inCriminalCustody.detainerInEffect.declining.title': 'No aceptada',
  'state.inCriminalCustody.detainerInEffect.declining.description':
    'El custodio no acepta las solicitudes de la orden de detención.',
  'state.inCriminalCustody.detainerInEffect.declining.explanation':
    'El custodio no retendrá ni dará aviso. ICE ha señalado que los custodios pocas veces le comunican que no aceptan una orden.',
  'state.holding.title': 'Retención en curso',
  'state.holding.description':
    'Retenida después del momento de la liberación solo por la orden de detención, hasta que el DHS asuma la custodia o venza el plazo.',
  'state.holding.explanation':
    'De otro modo, la persona estaría libre. La retención no puede pasar de 48 horas, contadas según la regla que se aplica, y es una nueva detención que necesita causa probable. Al vencer el plazo, hay que liberar a la persona de inmediato.',
  'state.transferredToDhs.description': 'Desenlace: el DHS asumió la custodia.',
  'state.transferredToDhs.explanation':
    'La persona está ahora bajo custodia del DHS ("Booked into Detention", ingreso en detención, en los datos de ICE).',
  'state.releasedHoldExpired.description': 'Desenlace: la retención venció sin el DHS y la persona quedó en libertad.',
  'state.releasedHoldExpired.explanation':
    'El DHS no asumió la custodia dentro del límite. La persona quedó en libertad al vencer el plazo; si el DHS llega después, ya no la encuentra.',
  'state.releasedHoldDeclined.description':
    'Desenlace: el custodio no aceptó la retención y dejó en libertad a la persona.',
  'state.releasedHoldDeclined.explanation':
    'El custodio no aceptó la solicitud de retención. Los datos de ICE lo llaman "Detainer Declined by LEA" (orden no aceptada por la agencia).',
  'state.releasedDetainerLifted.description': 'Desenlace: el DHS retiró la orden de detención (detainer).',
  'state.releasedDetainerLifted.explanation':
    'La orden ya no pide nada al custodio. Una persona que sigue bajo custodia penal sigue allí según las reglas ordinarias; una persona retenida queda en libertad de inmediato.',
  'state.releasedNoHoldRequested.description':
    'Desenlace: liberada sin retención, porque no se aplicaba ninguna solicitud de retención.',
  'state.releasedNoHoldRequested.explanation':
    'Ninguna orden vigente pedía una retención (no se presentó ninguna, pedía solo aviso, o un I-247A nunca se entregó), así que la persona quedó en libertad cuando pudo.',
  'transition.inCriminalCustody.RELEASE_SCHEDULED.description':
    'El custodio fija el momento previsto de la liberación; el aviso (si se pide y se permite) vence 48 horas antes.',
  'transition.inCriminalCustody.RELEASE_SCHEDULED.explanation':
    'La orden pide aviso "lo antes posible (al menos 48 horas, si es posible)" antes de la liberación. Programar la liberación fija el momento desde el que se cuenta hacia atrás el aviso; si quedan menos de 48 horas, el aviso vence en el acto. Es un plazo flexible: el aviso tardío queda registrado, no decide el caso.',
  'transition.inCriminalCustody.ACCESS_REQUESTED.description':
    'El DHS pide entrevistar a la persona en el centro; la política lo concede o lo rechaza.',
  'transition.inCriminalCustody.ACCESS_REQUESTED.explanation':
    'El acceso es un ajuste aparte de la retención y el aviso: algunas políticas permiten al DHS entrevistar a personas en la cárcel, otras no, y otras deciden según el lugar y la orden (Colorado, 2025: áreas no públicas solo con orden judicial) o según el consentimiento (prisiones estatales de California: consentimiento por escrito). La solicitud queda registrada como concedida o rechazada, con el motivo; una entrevista concedida puede exigir informar antes a la persona de sus derechos. Nada más cambia.',
  'transition.inCriminalCustody.PROOF_OF_STATUS.description':
    'La persona presenta prueba de ciudadanía estadounidense o de estatus legal; queda registrada.',
  'transition.inCriminalCustody.PROOF_OF_STATUS.explanation':
    'La prueba queda registrada en los datos de la persona. Con una ley estatal que obliga a aceptar las órdenes de detención (Texas, art. 2.251), una orden que se decida después se decide sin esa obligación, según la política local.',
  'transition.inCriminalCustody.PERSON_INFORMED.description':
    'El custodio cumple un deber hacia la persona: entregarle una copia de la solicitud o informarle de sus derechos antes de una entrevista.',
  'transition.inCriminalCustody.PERSON_INFORMED.explanation':
    'Algunas leyes dan a la persona bajo custodia el derecho a ser informada: las prisiones estatales de California le entregan una copia de toda solicitud de retención, aviso o entrega y le dicen si la cumplirán, y necesitan su consentimiento por escrito antes de una entrevista de ICE; Nueva Jersey informa a la persona detenida de cada solicitud de ICE en formularios del fiscal general; California, Colorado y Nueva Jersey le informan de sus derechos antes de una entrevista de ICE. El deber queda registrado como cumplido en este momento. Un deber que nunca se cumple se señala al terminar el caso; no cambia el desenlace.',
  'transition.noDetainer.DETAINER_LODGED.i247a.description':
    'Se presenta un I-247A; surte efecto cuando se entrega a la persona.',
  'transition.noDetainer.DETAINER_LODGED.i247a.explanation':
    'Desde abril de 2017, el DHS usa el formulario I-247A con una orden administrativa (I-200 o I-205). Hay que entregar el formulario a la persona para que surta efecto, así que el caso espera la entrega.',
  'transition.noDetainer.DETAINER_LODGED.other-form.description':
    'Se presenta una orden de detención en un formulario distinto del I-247A y surte efecto.',
  'transition.noDetainer.DETAINER_LODGED.other-form.explanation':
    'Los formularios anteriores (I-247, y los I-247D, I-247N e I-247X de 2015–2017) siguen vigentes después de un cambio de formulario y surten efecto al presentarse. También el I-247G (desde el 4 de marzo de 2025), una solicitud de solo aviso según el acuerdo Gonzalez; las fuentes usadas no dicen si antes hay que entregarlo.',
  'transition.noDetainer.RELEASE_ELIGIBLE.description':
    'Puede quedar en libertad y no hay ninguna orden de detención: queda en libertad.',
  'transition.noDetainer.RELEASE_ELIGIBLE.explanation':
    'La fianza, la libertad bajo palabra, el sobreseimiento, la absolución, una condena cumplida o un programa alternativo permiten que la persona quede en libertad. Sin orden de detención, nada pide al custodio que espere.',
  'transition.noDetainer.CUSTODY_MOVED.description':
    'La persona pasa a otro custodio, cuya política se aplica desde entonces.',
  'transition.noDetainer.CUSTODY_MOVED.explanation':
    'Las personas pasan de una cárcel o prisión a otra. Una orden de detención que se presente después se decidirá según la política del nuevo custodio.',
  'transition.awaitingService.DETAINER_SERVED.description': 'El I-247A se entrega a la persona y surte efecto.',
  'transition.awaitingService.DETAINER_SERVED.explanation':
    'Entregada la copia, la orden surte efecto y el custodio decide según su política.',
  'transition.awaitingService.RELEASE_ELIGIBLE.description':
    'Puede quedar en libertad antes de que se entregara el I-247A: queda en libertad.',
  'transition.awaitingService.RELEASE_ELIGIBLE.explanation':
    'Un I-247A que nunca se entregó no ha surtido efecto, así que no se aplica ninguna solicitud cuando la persona puede quedar en libertad.',
  'transition.inCriminalCustody.DETAINER_LIFTED.description':
    'El DHS retira o cancela la orden de detención (detainer).',
  'transition.inCriminalCustody.DETAINER_LIFTED.explanation':
    'El DHS puede cancelar una orden de detención en cualquier momento; los datos de ICE registran el motivo. El caso de la orden termina; la custodia penal sigue según las reglas ordinarias.',
  'transition.inCriminalCustody.CUSTODIAN_REQUESTS_DELAY.description':
    'El custodio pide al DHS que espere: la persona es necesaria para un proceso penal o como testigo.',
  'transition.inCriminalCustody.CUSTODIAN_REQUESTS_DELAY.explanation':
    'Un custodio puede pedir al DHS que aplace su actuación mientras la persona sea necesaria en un caso penal. La solicitud queda registrada; no cambia la orden de detención.',
  'transition.awaitingService.CUSTODY_MOVED.description':
    'La persona pasa a otro custodio; la orden de detención la sigue.',
  'transition.awaitingService.CUSTODY_MOVED.explanation':
    'La orden va dirigida al custodio "o a cualquier agencia policial posterior", así que sigue a la persona. Sigue necesitando la entrega para surtir efecto.',
  'transition.detainerInEffect.NOTICE_SENT.description':
    'El custodio avisa al DHS de la liberación; queda registrado si fue a tiempo o tarde.',
  'transition.detainerInEffect.NOTICE_SENT.explanation':
    'Un aviso enviado en el momento del vencimiento o antes llega a tiempo; después, tarde. En ambos casos el caso sigue: el plazo es flexible.',
  'transition.detainerInEffect.CUSTODY_MOVED.description':
    'La persona pasa a otro custodio; la orden de detención la sigue y se decide de nuevo.',
  'transition.detainerInEffect.CUSTODY_MOVED.explanation':
    'La orden sigue a la persona a "cualquier agencia policial posterior". Desde entonces se aplica la política del nuevo custodio, así que la decisión se toma de nuevo.',
  'transition.detainerInEffect.PROOF_OF_STATUS.description':
    'La persona presenta prueba de ciudadanía estadounidense o de estatus legal; la decisión se toma de nuevo.',
  'transition.detainerInEffect.PROOF_OF_STATUS.explanation':
    'Una ley estatal que obliga a aceptar las órdenes de detención (Texas, art. 2.251) no se aplica a una persona que prueba su ciudadanía estadounidense o su estatus migratorio legal. Presentada la prueba, la decisión se toma de nuevo: con esa obligación, ahora deciden los ajustes de la política local; en otros lugares nada cambia.',
  'transition.deciding.always.honor-hold.description': 'Se pide una retención y la política la permite.',
  'transition.deciding.always.honor-hold.explanation':
    'El custodio retendrá a la persona hasta 48 horas después del momento de la liberación para que el DHS pueda asumir la custodia. Retener es una nueva detención que necesita causa probable.',
  'transition.deciding.always.notify-only.description': 'Se pide aviso y se permite; no se aceptará ninguna retención.',
  'transition.deciding.always.notify-only.explanation':
    'El custodio avisará al DHS de la liberación, pero no retendrá a la persona después de ella, porque no se pidió una retención o porque la política no la acepta.',
  'transition.deciding.always.decline.description': 'La política no acepta ninguna de las solicitudes.',
  'transition.deciding.always.decline.explanation':
    'El custodio no retendrá a la persona ni dará aviso. Un custodio puede no aceptar porque una orden de detención es una solicitud, no un mandato.',
  'transition.honoringHold.RELEASE_ELIGIBLE.dhs-present.description':
    'El DHS está presente en la liberación y la política le entrega a la persona.',
  'transition.honoringHold.RELEASE_ELIGIBLE.dhs-present.explanation':
    'Con el DHS en la puerta en el momento de la liberación, no hace falta retención: la custodia pasa al DHS.',
  'transition.honoringHold.RELEASE_ELIGIBLE.start-hold.description':
    'Puede quedar en libertad: empieza a correr el reloj de la retención.',
  'transition.honoringHold.RELEASE_ELIGIBLE.start-hold.explanation':
    'El momento en que la persona quedaría en libertad pone en marcha el reloj de la retención. El plazo se fija ahora, como un instante exacto, según la regla de cómputo y la zona horaria del custodio.',
  'transition.honoringHold.STATE_JUDICIAL_ORDER.description':
    'Una autoridad judicial estatal dicta la orden en la que se basará la retención, justo antes del momento de la liberación.',
  'transition.honoringHold.STATE_JUDICIAL_ORDER.explanation':
    'Algunas leyes estatales (HB 10 de Carolina del Norte, desde el 1 de diciembre de 2024) disponen que una persona retenida por una orden de detención con una orden administrativa sea llevada ante una autoridad judicial estatal y retenida por orden de un tribunal estatal. Una orden dictada antes de que empiece la retención queda registrada, y la retención, cuando empieza, se basa en ella.',
  'transition.detainerInEffect.TRANSFERRED_BEFORE_RELEASE.description':
    'Entregada al DHS antes del momento de la liberación: la ley estatal lo permite (Florida, Iowa).',
  'transition.detainerInEffect.TRANSFERRED_BEFORE_RELEASE.explanation':
    'Algunas leyes estatales permiten que el DHS asuma la custodia antes de que la persona quede en libertad: en Florida, un tribunal puede reducir una condena hasta 12 días para que el DHS asuma la custodia antes de la liberación; en Iowa, el final de una condena puede cumplirse bajo custodia federal. El caso termina bajo custodia del DHS, sin retención. La política debe permitirlo y debe haber una orden de detención vigente.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.dhs-present.description':
    'El DHS está presente en la liberación y la política le entrega a la persona.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.dhs-present.explanation':
    'El aviso permitió al DHS estar presente en el momento de la liberación; la política permite la entrega.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.hold-declined.description':
    'Se pidió una retención, pero no se aceptó: queda en libertad en su momento.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.hold-declined.explanation':
    'La política da aviso, pero no retiene, así que la persona queda en libertad a su hora.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.notice-only.description':
    'La orden pedía solo aviso: queda en libertad en su momento.',
  'transition.notifyingOnly.RELEASE_ELIGIBLE.notice-only.explanation':
    'No se pidió retención, así que no se aplica ninguna: la persona queda en libertad cuando puede.',
  'transition.declining.RELEASE_ELIGIBLE.dhs-present.description':
    'El DHS se encuentra presente en la liberación y la política permite la entrega.',
  'transition.declining.RELEASE_ELIGIBLE.dhs-present.explanation':
    'Aun sin retención ni aviso, una política puede entregar a la persona a los agentes del DHS que estén presentes.',
  'transition.declining.RELEASE_ELIGIBLE.hold-declined.description':
    'La retención no se aceptó: queda en libertad en su momento.',
  'transition.declining.RELEASE_ELIGIBLE.hold-declined.explanation':
    'Los datos de ICE lo registran como "Detainer Declined by LEA" (orden no aceptada por la agencia).',
  'transition.declining.RELEASE_ELIGIBLE.notice-only.description':
    'Solo se pidió aviso y la política no lo da: queda en libertad en su momento.',
  'transition.declining.RELEASE_ELIGIBLE.notice-only.explanation': 'No se pidió retención, y la política no da aviso.',
  'transition.holding.HOLD_DEADLINE_REACHED.description':
    'Vence el plazo de la retención sin el DHS: queda en libertad en ese instante.',
  'transition.holding.HOLD_DEADLINE_REACHED.explanation':
    'Al llegar al límite, hay que liberar a la persona de inmediato; retenerla más tiempo expone a una detención ilegal (false imprisonment).',
  'transition.holding.deadline-passed.description':
    'El hecho ocurre en el plazo de la retención o después: la persona ya quedó en libertad al vencer el plazo.',
  'transition.holding.deadline-passed.explanation':
    'Nada de lo que ocurra después del plazo puede alargar una retención. La persona quedó en libertad en el plazo mismo, así que el caso termina ahí, sea cual sea el hecho. Un hecho justo en el plazo (48:00) también llega tarde: una opción prudente de este modelo, ya que el límite es "no más de 48 horas".',
  'transition.holding.DHS_ASSUMED_CUSTODY.description': 'El DHS asume la custodia antes del plazo.',
  'transition.holding.DHS_ASSUMED_CUSTODY.explanation':
    'El DHS llega durante la retención y asume la custodia ("Booked into Detention", ingreso en detención). Llegar justo en el plazo es tarde en este modelo: la retención termina a las 48:00.',
  'transition.holding.DETAINER_LIFTED.description':
    'El DHS retira la orden de detención durante la retención: queda en libertad de inmediato.',
  'transition.holding.DETAINER_LIFTED.explanation':
    'La política de ICE es asumir la custodia sin demora o cancelar la orden de detención. Cancelada la orden, nada sostiene la retención.',
  'transition.holding.NOTICE_SENT.description':
    'El custodio avisa a ICE durante la retención, dentro del plazo que se cuenta desde el momento de la liberación.',
  'transition.holding.NOTICE_SENT.explanation':
    'Algunas leyes estatales (HB 318 de Carolina del Norte, 2025) exigen que la cárcel avise a ICE dentro de las dos horas siguientes al momento en que la persona quedaría en libertad: un plazo estricto que se cuenta hacia adelante desde ese momento, a diferencia del aviso previo flexible de 48 horas. El aviso queda registrado como a tiempo o tardío; uno tardío se señala, y la retención sigue en ambos casos.',
  'transition.holding.STATE_JUDICIAL_ORDER.description':
    'Una autoridad judicial estatal dicta una orden por la que se retiene a la persona.',
  'transition.holding.STATE_JUDICIAL_ORDER.explanation':
    'Algunas leyes estatales (HB 10 de Carolina del Norte, desde el 1 de diciembre de 2024) disponen que una persona retenida por una orden de detención con una orden administrativa sea llevada ante una autoridad judicial estatal "sin demora innecesaria" y retenida por orden de un tribunal estatal. La ley no fija un número de horas, así que este modelo no fija ninguno: la orden queda registrada cuando se dicta, y una retención que termina sin ella se señala como faltante. La retención sigue en ambos casos.',
  'transition.holding.ACCESS_REQUESTED.description': 'El DHS pide entrevistar a la persona durante la retención.',
  'transition.holding.ACCESS_REQUESTED.explanation':
    'El acceso lo decide la política, con independencia de la retención.',
  'transition.holding.CUSTODY_MOVED.new-criminal-charge.description':
    'Otra agencia pone a la persona bajo su custodia penal; la retención termina y la orden de detención la sigue.',
  'transition.holding.CUSTODY_MOVED.new-criminal-charge.explanation':
    'Si otra agencia se hace cargo de la persona por un cargo penal propio, esta retención termina; su registro y sus horas quedan en el historial de retenciones. La orden sigue a la persona, y la política del nuevo custodio decide de nuevo; una nueva retención solo empieza en el siguiente momento de la liberación.',
  'transition.holding.CUSTODY_MOVED.detainer-only-kept.description':
    'Trasladada mientras estaba retenida solo por la orden, a un custodio que acepta la retención: la retención sigue hasta el mismo plazo.',
  'transition.holding.CUSTODY_MOVED.detainer-only-kept.explanation':
    'La orden sigue a la persona a "cualquier agencia policial posterior". La persona está retenida solo por la orden, así que las 48 horas siguen corriendo desde el momento original de la liberación: el nuevo custodio solo puede retenerla hasta el plazo ya fijado, nunca después.',
  'transition.holding.CUSTODY_MOVED.detainer-only-declined.description':
    'Trasladada mientras estaba retenida solo por la orden, a un custodio que no acepta la retención: queda en libertad al trasladarla.',
  'transition.holding.CUSTODY_MOVED.detainer-only-declined.explanation':
    'Una orden de detención es una solicitud, no un mandato, y la política del nuevo custodio no acepta la retención. Sin otro motivo para retener a la persona, la retención termina con el traslado y la persona queda en libertad.',
  'transition.holding.PROOF_OF_STATUS.hold-kept.description':
    'Durante la retención se presenta prueba de ciudadanía estadounidense o de estatus legal, y la política sigue aceptando la retención.',
  'transition.holding.PROOF_OF_STATUS.hold-kept.explanation':
    'La prueba queda registrada y la decisión se toma de nuevo. Con una obligación estatal, ahora decide la política local; aquí sigue aceptando la retención, así que la retención sigue hasta el mismo plazo.',
  'transition.holding.PROOF_OF_STATUS.hold-ends.description':
    'Durante la retención se presenta prueba de ciudadanía estadounidense o de estatus legal, y la política local no retiene: queda en libertad.',
  'transition.holding.PROOF_OF_STATUS.hold-ends.explanation':
    'Una ley estatal que obliga a aceptar las órdenes de detención (Texas, art. 2.251) no se aplica a una persona que prueba su ciudadanía estadounidense o su estatus migratorio legal. Sin esa obligación decide la política local, y no acepta la retención, así que la retención termina al presentarse la prueba y la persona queda en libertad.',
};
