/**
 * A Vite plugin that serves `virtual:machine-layout`: the statechart laid out by ELK at build time, from the
 * graph the SDK reads off the machine. ELK (about 1.5 MB) never reaches the browser.
 */
import { fileURLToPath } from 'node:url';
import type { MachineGraph } from '@detainer-kit/sdk';
import ELK from 'elkjs/lib/elk.bundled.js';
import { type Plugin, runnerImport } from 'vite';
import { layoutMachineGraph } from './machine-layout.ts';

const VIRTUAL_ID = 'virtual:machine-layout';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ENTRY = fileURLToPath(new URL('./machine-graph-entry.ts', import.meta.url));

/** Imports `getMachineGraph` from the SDK source (the `@detainer-kit/source` condition) and calls it. */
export async function loadMachineGraph(): Promise<{ graph: MachineGraph; files: string[] }> {
  const { module, dependencies } = await runnerImport<{ getMachineGraph: () => MachineGraph }>(ENTRY, {
    logLevel: 'error',
    environments: {
      inline: { resolve: { conditions: ['@detainer-kit/source'], noExternal: [/^@detainer-kit\//] } },
    },
  });
  return { graph: module.getMachineGraph(), files: dependencies };
}

export function machineLayoutPlugin(): Plugin {
  return {
    name: 'detainer-kit:machine-layout',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { graph, files } = await loadMachineGraph();
      for (const file of files) if (file) this.addWatchFile(file);
      const layout = await layoutMachineGraph(graph, new ELK());
      return `export default ${JSON.stringify(layout)};`;
    },
  };
}
