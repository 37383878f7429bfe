/**
 * Which of the page's collapsible panels are open. A panel is open unless the person closed it; the choice is
 * remembered in the browser (localStorage, one key for all panels) so the page opens the way it was left.
 * Pure parsing and updating here; components/Panel.tsx reads and writes the storage.
 */
import { z } from 'zod';

/** The localStorage key the open/closed panels are kept under. */
export const PANEL_STORAGE_KEY = 'detainer-kit.demo.panels';

/** The collapsible panels, in the order they appear beside the stage. */
export const PANEL_IDS = ['events', 'why', 'what-if', 'policy', 'law', 'scenario'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** The panels the person opened or closed; a panel not listed is open. */
export type PanelStates = Readonly<Partial<Record<PanelId, boolean>>>;

const StoredSchema = z.record(z.string(), z.boolean());

/**
 * The stored states, from what localStorage holds (`null` when nothing is stored). Anything unreadable (not
 * JSON, not an object of booleans) counts as nothing stored, and unknown panel ids are dropped: a bad value
 * opens every panel rather than breaking the page.
 */
export function readPanelStates(raw: string | null): PanelStates {
  if (raw === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const parsed = StoredSchema.safeParse(json);
  if (!parsed.success) return {};
  const out: Partial<Record<PanelId, boolean>> = {};
  for (const id of PANEL_IDS) {
    const open = parsed.data[id];
    if (open !== undefined) out[id] = open;
  }
  return out;
}

/** Whether a panel is open: every panel is, until the person closes it. */
export const isPanelOpen = (states: PanelStates, id: PanelId): boolean => states[id] ?? true;

/** The states with one panel opened or closed (a new object; the old one is unchanged). */
export function withPanel(states: PanelStates, id: PanelId, open: boolean): PanelStates {
  return { ...states, [id]: open };
}

/** What is written back to localStorage. */
export const writePanelStates = (states: PanelStates): string => JSON.stringify(states);
