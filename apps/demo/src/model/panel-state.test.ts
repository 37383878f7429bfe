import { describe, expect, it } from 'vitest';
import { isPanelOpen, PANEL_IDS, readPanelStates, withPanel, writePanelStates } from './panel-state';

describe('panel states', () => {
  it('opens every panel when nothing is stored', () => {
    const states = readPanelStates(null);
    for (const id of PANEL_IDS) expect(isPanelOpen(states, id), id).toBe(true);
  });
  it('reads back what was written: a closed panel stays closed, the others open', () => {
    const closed = withPanel(withPanel({}, 'policy', false), 'why', true);
    const read = readPanelStates(writePanelStates(closed));
    expect(isPanelOpen(read, 'policy')).toBe(false);
    expect(isPanelOpen(read, 'why')).toBe(true);
    expect(isPanelOpen(read, 'events')).toBe(true);
  });
  it('leaves the states it was given unchanged', () => {
    const before = withPanel({}, 'events', false);
    const after = withPanel(before, 'events', true);
    expect(isPanelOpen(before, 'events')).toBe(false);
    expect(isPanelOpen(after, 'events')).toBe(true);
  });
  it('treats anything unreadable as nothing stored, so no bad value can hide a panel', () => {
    for (const raw of ['not json', '[false]', '"closed"', '{"why":"no","events":false}', '{"events":0}', 'null'])
      for (const id of PANEL_IDS) expect(isPanelOpen(readPanelStates(raw), id), `${raw} ${id}`).toBe(true);
  });
  it('drops panel ids it does not know', () => {
    expect(readPanelStates('{"events":false,"population":false,"__proto__":false}')).toEqual({ events: false });
  });
});
