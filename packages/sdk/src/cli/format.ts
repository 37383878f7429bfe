import { type CitationId, getCitation, MODEL_INFO } from '@detainer-kit/core';

/** Hours as people read them: `96 h`, `47 h 59 min`. */
export function formatHours(hours: number | null): string {
  if (hours === null) return 'no hold';
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A plain-text table with left-aligned columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Stable JSON for `--json`: two-space indent, trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The line every human-readable result ends with. */
export const DISCLAIMER_LINE = MODEL_INFO.disclaimer;

/** Text made safe for one terminal line: control characters (including escape sequences) shown as `?`. */
export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/**
 * Citation ids for a line of text, each not confirmed by a primary text tagged with its status, e.g.
 * `cfr-287.7-d, nc-hb318-2025 (secondary)`.
 */
export function citationList(ids: readonly CitationId[]): string {
  return ids
    .map((id) => {
      const { status } = getCitation(id);
      return status === 'confirmed' ? id : `${id} (${status})`;
    })
    .join(', ');
}
