declare module 'virtual:machine-layout' {
  const layout: import('./diagram/layout-types').DiagramLayout;
  export default layout;
}
