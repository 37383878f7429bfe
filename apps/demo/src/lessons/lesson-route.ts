/**
 * The lesson player's part of the address: `#lessons` (the list) or
 * `#lesson=<id>&s=<section>&picks=<choice>,<choice>,…&view=presenter`, parsed with zod at the app's edge.
 * `picks` holds one entry per checkpoint, in order: the choice made, `_` for an answer the teacher revealed
 * without a choice, or nothing for one not answered yet.
 */
import { z } from 'zod';

/** At most this many characters in a lesson route: ids and picks are short. */
export const MAX_LESSON_ROUTE_LENGTH = 1200;

/** A checkpoint revealed by the teacher without a choice. */
export const REVEALED = '_';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);

export const LessonRouteSchema = z
  .object({
    lesson: slug,
    s: z.coerce.number().int().min(0).max(99).default(0),
    picks: z
      .string()
      .max(800)
      .default('')
      .transform((v) => (v === '' ? [] : v.split(',')))
      .pipe(z.array(z.union([z.literal(''), z.literal(REVEALED), slug])).max(40)),
    view: z.enum(['student', 'presenter']).default('student'),
  })
  .strict();

export type LessonView = 'student' | 'presenter';

export type LessonRoute =
  | { readonly kind: 'none' }
  | { readonly kind: 'list' }
  | {
      readonly kind: 'lesson';
      readonly id: string;
      readonly section: number;
      /** One entry per checkpoint: a choice id, {@link REVEALED}, or `null` when not answered. */
      readonly picks: readonly (string | null)[];
      readonly view: LessonView;
    }
  | { readonly kind: 'error'; readonly message: string };

/** Reads a location hash. Never throws; a malformed lesson link says which part is wrong. */
export function readLessonRoute(hash: string): LessonRoute {
  const raw = hash.replace(/^#/, '');
  if (raw === 'lessons') return { kind: 'list' };
  if (!raw.startsWith('lesson=')) return { kind: 'none' };
  if (raw.length > MAX_LESSON_ROUTE_LENGTH) {
    return { kind: 'error', message: `This lesson link is too long (${raw.length} characters).` };
  }
  const params = new URLSearchParams(raw);
  const result = LessonRouteSchema.safeParse(Object.fromEntries(params));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path[0] === undefined ? 'the link' : `“${String(issue.path[0])}”`;
    return { kind: 'error', message: `This lesson link cannot be opened: ${field} is not valid.` };
  }
  const { lesson, s, picks, view } = result.data;
  return { kind: 'lesson', id: lesson, section: s, picks: picks.map((p) => (p === '' ? null : p)), view };
}

/** The hash of a lesson route. */
export function lessonHash(route: Extract<LessonRoute, { kind: 'lesson' }> | { kind: 'list' }): string {
  if (route.kind === 'list') return '#lessons';
  let last = route.picks.length;
  while (last > 0 && route.picks[last - 1] === null) last -= 1;
  const params = new URLSearchParams({ lesson: route.id, s: String(route.section) });
  if (last > 0)
    params.set(
      'picks',
      route.picks
        .slice(0, last)
        .map((p) => p ?? '')
        .join(','),
    );
  if (route.view === 'presenter') params.set('view', 'presenter');
  // Commas and underscores stay readable in the address bar.
  return `#${params.toString().replace(/%2C/g, ',')}`;
}
