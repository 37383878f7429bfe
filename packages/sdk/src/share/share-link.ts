import { DetainerKitError, type InputIssue } from '@detainer-kit/core';
import { z } from 'zod';
import { invalidScenario, parseScenario } from '../scenario/parse.js';
import type { Scenario, ScenarioInput } from '../scenario/schema.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';

/** Every share link starts with this: the link format's version. A link of another version is refused. */
export const SHARE_LINK_PREFIX = 'dk1.';
/** Share links longer than this (in characters) are refused, both ways. */
export const MAX_SHARE_LINK_LENGTH = 16 * 1024;
/** The highest timeline position a link may point at. */
export const MAX_SHARE_POSITION = 1000;

/** What a share link carries: a scenario and a position in its timeline (the step the viewer is on). */
export interface ShareState {
  readonly scenario: Scenario;
  readonly position: number;
}

const PositionSchema = z
  .number({ error: 'position must be a number' })
  .int('position must be a whole number')
  .min(0, 'position must be 0 or more')
  .max(MAX_SHARE_POSITION, `position must be at most ${MAX_SHARE_POSITION}`);

const PayloadSchema = z.object({ scenario: z.unknown(), position: PositionSchema }).strict();

function refuse(field: string, code: string, message: string): DetainerKitError {
  const issues: InputIssue[] = [{ field, code, message }];
  return invalidScenario(issues, 'share link');
}

/**
 * Encodes a scenario and a timeline position as a URL-safe share link: `dk1.` then the base64url of the JSON.
 * The scenario is checked first, so every link this returns decodes. Throws a `DetainerKitError`
 * (`invalid-scenario`) for an invalid scenario, a bad position, or a link longer than 16 kB.
 *
 * @example
 * const link = encodeShareLink({ scenario: getScenario('notify-only'), position: 3 });
 * location.hash = link; // later: decodeShareLink(location.hash.slice(1))
 */
export function encodeShareLink(state: { scenario: Scenario | ScenarioInput; position: number }): string {
  const scenario = parseScenario(state.scenario);
  const position = PositionSchema.safeParse(state.position);
  if (!position.success) throw refuse('position', 'invalid_value', position.error.issues[0]?.message ?? 'bad position');
  const link = SHARE_LINK_PREFIX + encodeBase64Url(JSON.stringify({ scenario, position: position.data }));
  if (link.length > MAX_SHARE_LINK_LENGTH) {
    throw refuse(
      '',
      'too_big',
      `the link would be ${link.length} characters, over the ${MAX_SHARE_LINK_LENGTH} limit: shorten the scenario (fewer steps, shorter texts)`,
    );
  }
  return link;
}

/**
 * Decodes a share link (optionally with a leading `#`) and validates what it carries with the scenario
 * schema. Refuses, with a `DetainerKitError` (`invalid-scenario`) naming the problem: links over 16 kB, another
 * version, bad base64url or UTF-8, bad JSON, an invalid scenario or position. Text in the scenario stays
 * plain data: show it as text, never as markup.
 *
 * @example
 * const { scenario, position } = decodeShareLink(location.hash);
 */
export function decodeShareLink(text: string): ShareState {
  if (typeof text !== 'string') throw refuse('', 'invalid_type', 'a share link is a string');
  if (text.length > MAX_SHARE_LINK_LENGTH + 1) {
    throw refuse('', 'too_big', `the link is ${text.length} characters, over the ${MAX_SHARE_LINK_LENGTH} limit`);
  }
  const token = text.trim().replace(/^#/, '');
  if (!token.startsWith(SHARE_LINK_PREFIX)) {
    const version = /^dk(\d+)\./.exec(token)?.[1];
    throw refuse(
      '',
      'invalid_format',
      version === undefined
        ? `not a detainer-kit share link: it should start with "${SHARE_LINK_PREFIX}"`
        : `this link has format version ${version}; this version of detainer-kit reads version 1 ("${SHARE_LINK_PREFIX}")`,
    );
  }
  const json = decodeBase64Url(token.slice(SHARE_LINK_PREFIX.length));
  if (json === null)
    throw refuse('', 'invalid_format', 'the link is damaged (not valid base64url text): copy it again in full');
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    throw refuse('', 'invalid_format', 'the link is damaged (its content is not JSON): copy it again in full');
  }
  const outer = PayloadSchema.safeParse(payload);
  if (!outer.success) {
    const issue = outer.error.issues[0];
    throw refuse(
      issue?.path.map(String).join('.') ?? '',
      issue?.code ?? 'custom',
      issue?.message ?? 'bad link content',
    );
  }
  let scenario: Scenario;
  try {
    scenario = parseScenario(outer.data.scenario);
  } catch (error) {
    if (!DetainerKitError.isInstance(error)) throw error;
    const issues = error.issues.map((i) => ({ ...i, field: i.field ? `scenario.${i.field}` : 'scenario' }));
    throw invalidScenario(issues, 'share link', error);
  }
  return { scenario, position: outer.data.position };
}
