#!/usr/bin/env node
// Launcher for the `detainer` CLI. The CLI itself is built by tsup to dist/cli/main.js.
try {
  await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    console.error('detainer: the CLI is not built yet. Run `npm run build` at the repository root, then try again.');
    process.exit(1);
  }
  throw error;
}
