/**
 * Whether a location hash is a lesson route (`#lessons`, `#lesson=…`). Kept apart from the route's parser so
 * that the start of the app can tell where to go without loading the lesson player.
 */
export function isLessonHash(hash: string): boolean {
  const raw = hash.replace(/^#/, '');
  return raw === 'lessons' || raw.startsWith('lesson=');
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Subscribes to the location hash: changes made by the browser (links, typing) and by {@link replaceHash}. */
export function subscribeHash(listener: Listener): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

export const currentHash = (): string => location.hash;

/** Puts a hash in the address bar without a new history entry, and tells the subscribers. */
export function replaceHash(hash: string): void {
  if (hash === location.hash) return;
  history.replaceState(null, '', hash || location.pathname + location.search);
  for (const l of listeners) l();
}
