/**
 * Type-check a consumer project in-process, as `tsc` with `skipLibCheck: false` would, but type-check
 * each declaration file only once per test run: the first program that holds a declaration file
 * (by path and module format) checks it in full; a later program whose declaration files were all
 * checked before runs with `skipLibCheck`, and instead every module reference inside those files
 * (import, export ... from, import("...") types) must resolve under that program's module
 * resolution, so `skipLibCheck` cannot hide a broken path. The consumer's own files are always
 * checked. Parsed declaration files are shared between programs (TypeScript's lib files and the
 * installed packages' .d.ts), keyed by path, language version and module format.
 *
 * Each program runs in TypeScript's incremental mode with its build info in the scratch project
 * (as `tsc --incremental` would): a file whose text, resolved imports and options are unchanged
 * since the last run keeps its diagnostics, errors included; a change re-checks it and the files
 * that depend on it. A fresh scratch folder checks everything.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface Compiled {
  /** `<file relative to the project> TS<code>: <message>`, like tsc prints them. */
  errors: string[];
  /** Emitted files by path relative to the project (when `noEmit` is off). */
  emitted: Record<string, string>;
  /** Whether this program type-checked declaration files itself (false: all checked before). */
  checkedDeclarations: boolean;
  /** Module references inside the declaration files (`<file>: "<specifier>"`), resolved or not. */
  references: { resolved: string[]; unresolved: string[] };
}

export type CompileConsumer = (project: string, files: Record<string, string>, options: ts.CompilerOptions) => Compiled;

const keyOf = (file: ts.SourceFile) => `${file.fileName}|${String(file.impliedNodeFormat)}`;

/** A compiler whose programs share what they checked and parsed (one per test file: installs change files between runs). */
export function createConsumerCompiler(): CompileConsumer {
  const checkedDeclarations = new Set<string>();
  const parsed = new Map<string, ts.SourceFile | undefined>();
  return (project, files, options) => compile(project, files, options, checkedDeclarations, parsed);
}

function compile(project: string, files: Record<string, string>, options: ts.CompilerOptions, checkedDeclarations: Set<string>, parsed: Map<string, ts.SourceFile | undefined>): Compiled {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(project, name), text);
  const rootNames = Object.keys(files).map((f) => path.join(project, f));
  const host = createHost(project, options, parsed);
  const listing = ts.createProgram({ rootNames, options: { ...options, skipLibCheck: true }, host });
  const declarations = listing.getSourceFiles().filter((f) => f.isDeclarationFile && !listing.isSourceFileDefaultLibrary(f));
  const checkHere = declarations.some((f) => !checkedDeclarations.has(keyOf(f)));
  for (const file of declarations) checkedDeclarations.add(keyOf(file));
  // TypeScript's incremental mode: a file whose text, imports and options are unchanged since the
  // last run keeps its diagnostics from the build info; any change re-checks it and what uses it.
  const tsBuildInfoFile = path.join(project, `${path.parse(rootNames[0]!).name}.tsbuildinfo`);
  const incremental = { ...options, skipLibCheck: !checkHere, incremental: true, tsBuildInfoFile };
  const program = ts.createProgram({ rootNames, options: incremental, host, oldProgram: listing });
  const builder = ts.createEmitAndSemanticDiagnosticsBuilderProgram(program, host, ts.readBuilderProgram(incremental, host));
  const emitted: Record<string, string> = {};
  const writeFile: ts.WriteFileCallback = (fileName, text) => {
    if (path.resolve(fileName) === tsBuildInfoFile) writeFileSync(tsBuildInfoFile, text);
    else emitted[path.relative(project, fileName)] = text;
  };
  const diagnostics = [
    ...builder.getOptionsDiagnostics(),
    ...builder.getGlobalDiagnostics(),
    ...builder.getSyntacticDiagnostics(),
    ...builder.getSemanticDiagnostics(),
    ...builder.emit(undefined, writeFile).diagnostics,
  ];
  // The builder emits only changed files: emit the unchanged roots' JavaScript from the program.
  for (const root of options.noEmit ? [] : rootNames) {
    const js = path.relative(project, path.join(options.outDir ?? project, path.basename(root).replace(/\.ts$/, ".js")));
    if (!(js in emitted)) diagnostics.push(...program.emit(program.getSourceFile(root), writeFile).diagnostics);
  }
  const errors = diagnostics.map((d) => `${d.file ? path.relative(project, d.file.fileName) : ""} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  const references = resolveReferences(program, declarations.map((f) => program.getSourceFile(f.fileName)!), project);
  return { errors, emitted, checkedDeclarations: checkHere, references };
}

/** Every module reference of the declaration files, resolved by the program's own checker. */
function resolveReferences(program: ts.Program, declarations: ts.SourceFile[], project: string): Compiled["references"] {
  const checker = program.getTypeChecker();
  const references: Compiled["references"] = { resolved: [], unresolved: [] };
  const visit = (file: ts.SourceFile, node: ts.Node): void => {
    const specifier = moduleSpecifierOf(node);
    if (specifier) (checker.getSymbolAtLocation(specifier) ? references.resolved : references.unresolved).push(`${path.relative(project, file.fileName)}: "${specifier.text}"`);
    ts.forEachChild(node, (child) => visit(file, child));
  };
  for (const file of declarations) visit(file, file);
  return references;
}

function moduleSpecifierOf(node: ts.Node): ts.StringLiteral | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) return node.moduleSpecifier;
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) return node.argument.literal;
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) return node.moduleReference.expression;
  return undefined;
}

/** A compiler host rooted at the project (type roots and module lookups start there), sharing parsed declaration files. */
function createHost(project: string, options: ts.CompilerOptions, parsed: Map<string, ts.SourceFile | undefined>): ts.CompilerHost {
  const host = ts.createIncrementalCompilerHost(options);
  // As tsc does: JSDoc is parsed only where it can make a type error, which skips most comments.
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  const read = host.getSourceFile.bind(host);
  host.getCurrentDirectory = () => project;
  host.getSourceFile = (fileName, languageVersionOrOptions, onError) => {
    if (!/\.d\.[cm]?ts$/.test(fileName)) return read(fileName, languageVersionOrOptions, onError);
    const settings = typeof languageVersionOrOptions === "object" ? languageVersionOrOptions : { languageVersion: languageVersionOrOptions };
    const key = `${fileName}|${settings.languageVersion}|${String(settings.impliedNodeFormat)}`;
    if (!parsed.has(key)) parsed.set(key, read(fileName, languageVersionOrOptions, onError));
    return parsed.get(key);
  };
  return host;
}
