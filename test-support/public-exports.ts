import ts from 'typescript';

/**
 * Every name a package entry exports, as `value <name>` or `type <name>` lines (sorted), read by the TypeScript
 * compiler from the source entry: the whole public surface, types included, without a build. The export-list
 * tests of core and sdk compare it with a committed list.
 */
export function publicExports(entry: string): string[] {
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

/** The value names of {@link publicExports}' lines. */
export const valueNames = (lines: readonly string[]): string[] =>
  lines.filter((line) => line.startsWith('value ')).map((line) => line.slice('value '.length));
