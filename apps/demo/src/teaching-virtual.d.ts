declare module 'virtual:teaching-layout' {
  const layout: import('./diagram/teaching-layout-types').TeachingLayout;
  export default layout;
}
