import { describe, expect, it } from 'vitest';
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { type DetainerMeta, detainerMachine } from '../machine/detainer-machine.js';
import { enMachine } from './en-machine.js';
import { es } from './es.js';
import { en, LANGUAGES, loadLanguage, stateText, type TransitionTextKey, transitionText } from './index.js';
import type { MachineMessageKey } from './machine-keys.js';

/** Every state of the machine (the root included) and every transition: event, `always` and `after` ones. */
function walk(node: AnyStateNode, states: AnyStateNode[] = [], transitions: AnyTransitionDefinition[] = []) {
  states.push(node);
  for (const list of node.transitions.values()) transitions.push(...list);
  transitions.push(...(node.always ?? []), ...node.after);
  for (const child of Object.values(node.states)) walk(child, states, transitions);
  return { states, transitions };
}

const { states, transitions } = walk(detainerMachine.root);
const pathOf = (node: AnyStateNode) => node.path.join('.');
const keyOf = (t: AnyTransitionDefinition) => (t.meta as DetainerMeta | undefined)?.key;

describe('the statechart’s texts (text/en-machine.ts, text/es-machine.ts)', () => {
  it('walks the whole machine: 15 states and 53 transitions, the eventless ones out of deciding included', () => {
    expect(states).toHaveLength(15);
    expect(transitions).toHaveLength(53);
    expect(transitions.filter((t) => t.eventType === '')).toHaveLength(3);
  });

  it('every state and every transition has its text, not empty, in every language', async () => {
    await loadLanguage('es');
    for (const lang of LANGUAGES) {
      for (const node of states) {
        const text = stateText(pathOf(node), lang);
        for (const [field, value] of Object.entries(text))
          expect(value.trim(), `${lang} ${pathOf(node)} ${field}`).not.toBe('');
      }
      for (const t of transitions) {
        const key = keyOf(t);
        expect(key, `${pathOf(t.source)} ${t.eventType}`).toBeDefined();
        const text = transitionText(key as TransitionTextKey, lang);
        expect(text.description.trim(), `${lang} ${key}`).not.toBe('');
        expect(text.explanation.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('no machine text key is unused: each one is read by a state or a transition of the machine', () => {
    const used = new Set<string>();
    for (const node of states) {
      const id = pathOf(node) || 'detainerCase';
      for (const field of ['title', 'description', 'explanation']) used.add(`state.${id}.${field}`);
    }
    for (const t of transitions)
      for (const field of ['description', 'explanation']) used.add(`transition.${keyOf(t)}.${field}`);
    const keys = Object.keys(enMachine) as MachineMessageKey[];
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
    for (const key of keys) {
      expect(en[key]).toBe(enMachine[key]);
      expect(Object.hasOwn(es, key), key).toBe(true);
    }
  });

  it('a transition shared by several states keeps one key; the transitions of one state for one event have distinct keys', () => {
    const shared = transitions.filter((t) => keyOf(t) === 'holding.deadline-passed');
    expect(shared.map((t) => t.eventType).sort()).toEqual([
      'ACCESS_REQUESTED',
      'CUSTODY_MOVED',
      'DETAINER_LIFTED',
      'DHS_ASSUMED_CUSTODY',
      'NOTICE_SENT',
      'PERSON_INFORMED',
      'PROOF_OF_STATUS',
      'STATE_JUDICIAL_ORDER',
    ]);
    for (const node of states) {
      for (const [event, list] of node.transitions) {
        const own = list.map(keyOf);
        expect(new Set(own).size, `${pathOf(node)} ${event}`).toBe(own.length);
      }
    }
  });

  it('final states take their titles from the outcome titles, and the texts read in Spanish', async () => {
    await loadLanguage('es');
    expect(stateText('transferredToDhs', 'en').title).toBe('Transferred to DHS');
    expect(stateText('transferredToDhs', 'es').title).toBe('Entregada al DHS');
    expect(stateText('holding', 'en').title).toBe('Hold running');
    expect(stateText('holding', 'es').title).toBe('Retención en curso');
    expect(stateText('', 'en')).toEqual(stateText('detainerCase', 'en'));
    expect(transitionText('holding.CUSTODY_MOVED.detainer-only-kept', 'es').description).toContain('mismo plazo');
    expect(() => stateText('nowhere', 'en')).toThrow('"nowhere" is not a state of the machine');
    expect(() => transitionText('nowhere' as TransitionTextKey, 'en')).toThrow('no text for "nowhere"');
  });
});
