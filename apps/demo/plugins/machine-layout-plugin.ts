/**
 * A Vite plugin that serves `virtual:machine-layout`: the statechart laid out by ELK at build time, from the
 * graph the SDK reads off the machine. ELK (about 1.5 MB) never reaches the browser.
 */
import { fileURLToPath } from 'node:url';
import type { MachineGraph } from '@detainer-kit/sdk';
import ELK from 'elkjs/lib/elk.bundled.js';
import { type Plugin, runnerImport } from 'vite';
import { layoutMachineGraph } from './machine-layout.ts';
import { layoutTeachingGraph } from './teaching-layout.ts';

const VIRTUAL_ID = 'virtual:machine-layout';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The teaching view (phases and outcomes in plain words), laid out the same way. */
const TEACHING_ID = 'virtual:teaching-layout';
const RESOLVED_TEACHING_ID = `\0${TEACHING_ID}`;
const ENTRY = fileURLToPath(new URL('./machine-graph-entry.ts', import.meta.url));

/** Imports `getMachineGraph` from the SDK source (the `@detainer-kit/source` condition) and calls it. */
export async function loadMachineGraph(): Promise<{
  graph: MachineGraph;
  /** The same graph with its texts in Spanish (the teaching view is laid out once per language). */
  graphEs: MachineGraph;
  eventLabels: Readonly<Record<string, string>>;
  /** The event buttons' names in Spanish. */
  eventLabelsEs: Readonly<Record<string, string>>;
  files: string[];
}> {
  const { module, dependencies } = await runnerImport<{
    getMachineGraph: (options?: { lang?: 'en' | 'es' }) => MachineGraph;
    EVENT_LABELS: Readonly<Record<string, string>>;
    demoEs: { eventLabels: Readonly<Record<string, string>> };
  }>(ENTRY, {
    logLevel: 'error',
    environments: {
      inline: { resolve: { conditions: ['@detainer-kit/source'], noExternal: [/^@detainer-kit\//] } },
    },
  });
  return {
    graph: module.getMachineGraph(),
    graphEs: module.getMachineGraph({ lang: 'es' }),
    eventLabels: module.EVENT_LABELS,
    eventLabelsEs: module.demoEs.eventLabels,
    files: dependencies,
  };
}

export function machineLayoutPlugin(): Plugin {
  return {
    name: 'detainer-kit:machine-layout',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === TEACHING_ID ? RESOLVED_TEACHING_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_TEACHING_ID) return undefined;
      const { graph, graphEs, eventLabels, eventLabelsEs, files } = await loadMachineGraph();
      for (const file of files) if (file) this.addWatchFile(file);
      if (id !== RESOLVED_TEACHING_ID)
        return `export default ${JSON.stringify(await layoutMachineGraph(graph, new ELK()))};`;
      const eventName = (event: string) => eventLabels[event] ?? event;
      const en = await layoutTeachingGraph(graph, new ELK(), eventName);
      const es = await layoutTeachingGraph(graphEs, new ELK(), (event) => eventLabelsEs[event] ?? eventName(event));
      return `export default ${JSON.stringify(en)};\nexport const es = ${JSON.stringify(es)};`;
    },
  };
}
