// Syntax checks for what the coder returns. Parsing only: the coder never executes code.
import ts from 'typescript';

const TS_LANGUAGES: Record<string, ts.ScriptKind> = {
  typescript: ts.ScriptKind.TS,
  ts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  javascript: ts.ScriptKind.JS,
  js: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
};

/** The first syntax error in `code`, or undefined when it parses (or the language has no checker here). */
export function syntaxError(language: string, code: string): string | undefined {
  const lang = language.trim().toLowerCase();
  if (lang === 'json') {
    try {
      JSON.parse(code);
      return undefined;
    } catch (err) {
      return `invalid JSON: ${(err as Error).message}`;
    }
  }
  const kind = TS_LANGUAGES[lang];
  if (kind === undefined) return undefined;
  const fileName = kind === ts.ScriptKind.TSX || kind === ts.ScriptKind.JSX ? 'snippet.tsx' : kind === ts.ScriptKind.JS ? 'snippet.js' : 'snippet.ts';
  const output = ts.transpileModule(code, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve, allowJs: true },
  });
  const first = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (!first) return undefined;
  const where = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : undefined;
  const message = ts.flattenDiagnosticMessageText(first.messageText, '\n');
  return where ? `line ${where.line + 1}, column ${where.character + 1}: ${message}` : message;
}
