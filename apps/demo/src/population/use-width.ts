import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The content width of an element, in CSS px, kept up to date. Charts are drawn at this width (not scaled
 * from a fixed viewBox), so their text keeps its size on a phone.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setWidth(Math.max(0, Math.floor(el.clientWidth)));
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
