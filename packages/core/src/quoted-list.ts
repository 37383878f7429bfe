/**
 * A schema's values as an error message lists them: `"a", "b" or "c"`. Read from the schema's `.options`, so
 * a message never retypes the list.
 * @internal Not part of the public API.
 */
export function quotedList(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
