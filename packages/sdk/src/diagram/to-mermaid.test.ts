import { loadLanguage } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { getMachineGraph, type MachineGraph } from './machine-graph.js';
import { toMermaid } from './to-mermaid.js';

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

describe('toMermaid', () => {
  const graph = getMachineGraph();
  const text = toMermaid();
  const lines = text.trimEnd().split('\n');

  it('starts with stateDiagram-v2', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
  });

  it('declares every state exactly once', () => {
    for (const node of graph.nodes) {
      const declarations = lines.filter(
        (l) => l.trim() === `state ${node.key} {` || new RegExp(`^\\s*state ".*" as ${node.key}$`).test(l),
      );
      expect(declarations, node.id).toHaveLength(1);
    }
  });

  it('nests compound states in balanced braces', () => {
    expect(count(text, '{')).toBe(count(text, '}'));
    let depth = 0;
    for (const line of lines) {
      depth += count(line, '{') - count(line, '}');
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const compound = graph.nodes.filter((n) => n.type === 'compound');
    expect(lines.filter((l) => /^\s*state \w+ \{$/.test(l))).toHaveLength(compound.length);
  });

  it('writes one line per edge with an EVENT [guard] label', () => {
    const arrows = lines.filter((l) => /^\s*\w+ --> \w+ : /.test(l));
    expect(arrows).toHaveLength(graph.edges.length);
    expect(text).toContain('holding --> releasedHoldExpired : HOLD_DEADLINE_REACHED\n');
    expect(text).toContain('holding --> releasedHoldExpired : DHS_ASSUMED_CUSTODY [holdDeadlinePassed]\n');
    expect(text).toContain('deciding --> honoringHold : always [honorsHold]\n');
    expect(text).toContain('inCriminalCustody --> inCriminalCustody : RELEASE_SCHEDULED\n');
  });

  it('marks initial and final states', () => {
    expect(lines).toContain('  [*] --> inCriminalCustody');
    expect(lines.some((l) => l.trim() === '[*] --> noDetainer')).toBe(true);
    expect(lines.some((l) => l.trim() === '[*] --> deciding')).toBe(true);
    for (const node of graph.nodes.filter((n) => n.type === 'final')) {
      expect(lines).toContain(`  ${node.key} --> [*]`);
    }
  });

  it('uses only valid identifiers around arrows', () => {
    for (const line of lines.filter((l) => l.includes('-->'))) {
      expect(line.trim()).toMatch(/^(\[\*\]|[A-Za-z_]\w*) --> (\[\*\]|[A-Za-z_]\w*)( : [^;{}"#]+)?$/);
    }
  });

  it('draws an edge leaving a compound state outside it', () => {
    const blockOf = (needle: string) => {
      const stack: string[] = [];
      for (const line of lines) {
        const open = /^\s*state (\w+) \{$/.exec(line);
        if (open?.[1]) stack.push(open[1]);
        else if (line.trim() === '}') stack.pop();
        else if (line.includes(needle)) return stack.at(-1) ?? '';
      }
      return null;
    };
    expect(blockOf('noDetainer --> awaitingService')).toBe('inCriminalCustody');
    expect(blockOf('noDetainer --> releasedNoHoldRequested')).toBe('');
    expect(blockOf('detainerInEffect --> detainerInEffect')).toBe('inCriminalCustody');
    expect(blockOf('deciding --> declining')).toBe('detainerInEffect');
  });

  it('adds notes only when asked, with text Mermaid cannot misread', () => {
    expect(text).not.toContain('note right of');
    const withNotes = toMermaid(graph, { notes: true });
    const notes = withNotes.split('\n').filter((l) => l.includes('note right of'));
    expect(notes).toHaveLength(graph.nodes.length);
    for (const note of notes) expect(note).not.toMatch(/[;{}"#]/);
  });

  it('falls back to path ids when keys repeat', () => {
    const [node] = graph.nodes;
    const [edge] = graph.edges;
    if (!node || !edge) throw new Error('empty graph');
    const twin: MachineGraph = {
      id: 'detainerCase',
      lang: 'en',
      nodes: [
        { ...node, id: 'a', key: 'a', parent: null, type: 'compound', initial: true },
        { ...node, id: 'a.x', key: 'x', parent: 'a', type: 'atomic', initial: true },
        { ...node, id: 'b', key: 'b', parent: null, type: 'compound', initial: false },
        { ...node, id: 'b.x', key: 'x', parent: 'b', type: 'final', initial: true },
      ],
      edges: [{ ...edge, id: 'e', source: 'a.x', target: 'b.x', event: 'GO', guard: null }],
    };
    const out = toMermaid(twin);
    expect(out).toContain('as a__x');
    expect(out).toContain('as b__x');
    expect(out).toContain('  a__x --> b__x : GO\n');
  });

  it('writes the titles in Spanish when asked, the structure unchanged', async () => {
    await loadLanguage('es');
    const es = toMermaid(undefined, { lang: 'es' });
    expect(es).toContain('state "Retención en curso" as holding');
    expect(es).toContain('(se decide en el acto)');
    const shape = (t: string) => t.replace(/"[^"]*"/g, '""');
    expect(shape(es)).toBe(shape(toMermaid()));
  });
});
