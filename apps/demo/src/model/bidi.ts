/**
 * Text from users (a scenario's title, a file name) can carry bidirectional controls, such as U+202E
 * RIGHT-TO-LEFT OVERRIDE, that would reverse the text after it. In markup, wrap such text in `<bdi>`; in
 * plain strings (messages, `<option>` labels), `isolate` wraps it in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, which confines any override to the text itself.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
