import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { machineLayoutPlugin } from './plugins/machine-layout-plugin.ts';

/**
 * The Content-Security-Policy of the built site: same-origin only, no inline script or style attribute parsing
 * (React sets styles through the CSSOM, which CSP does not block). Added at build time only, because the dev
 * server injects an inline script for React Refresh.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'detainer-kit:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Runs on the SDK's TypeScript source (STYLE.md item 5); builds a static site that works from any folder. */
export default defineConfig({
  base: './',
  plugins: [react(), machineLayoutPlugin(), contentSecurityPolicy()],
  resolve: { conditions: ['@detainer-kit/source', 'module', 'browser', 'development|production'] },
  // The initial-JS budget is enforced by scripts/check-size.mjs (gzip), not by this raw-size warning.
  build: { target: 'es2022', modulePreload: { polyfill: false }, chunkSizeWarningLimit: 800 },
  preview: { host: '127.0.0.1' },
});
