import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));

/**
 * Every name the package entry exports, as `value <name>` or `type <name>` lines (sorted), read by the TypeScript
 * compiler from the source entry: the whole public surface, types included, without a build.
 */
function publicExports(entry: string): string[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@detainer-kit/source'],
    resolveJsonModule: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`TypeScript could not read ${entry}`);
  return checker
    .getExportsOfModule(module)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return `${target.flags & ts.SymbolFlags.Value ? 'value' : 'type'} ${symbol.name}`;
    })
    .sort();
}

describe('the public exports of @detainer-kit/core', () => {
  const names = publicExports(ENTRY);

  it('are the committed list (a deliberate change updates it with `npx vitest run -u`)', async () => {
    await expect(`${names.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/exports.txt');
  });

  it('match what the module exports at run time', async () => {
    const runtime = Object.keys(await import('./index.js')).sort();
    const values = names.filter((line) => line.startsWith('value ')).map((line) => line.slice('value '.length));
    expect(runtime).toEqual(values);
  });
});
