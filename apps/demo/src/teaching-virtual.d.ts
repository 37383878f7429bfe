declare module 'virtual:teaching-layout' {
  const layout: import('./diagram/teaching-layout-types').TeachingLayout;
  export default layout;
  /** The same chart with its titles and labels in Spanish. */
  export const es: import('./diagram/teaching-layout-types').TeachingLayout;
}
