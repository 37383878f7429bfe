/**
 * The scale the teaching chart is drawn at (components/TeachingDiagram.tsx): as large as fits both the room's
 * width and height, at most `max`, and never under `min` (the scale below which a text would be under 12 px).
 * Where even `min` does not fit (a phone, a short window) the chart stays at `min`, so as much of it as
 * possible is seen, and its box scrolls sideways or the page down.
 */
export function fitScale(
  room: { readonly width: number; readonly height: number },
  size: { readonly width: number; readonly height: number },
  min: number,
  max: number,
): number {
  // One pixel of the box's border on each side.
  const fit = Math.min((room.width - 2) / size.width, (room.height - 2) / size.height);
  return Math.min(max, Math.max(min, fit));
}
