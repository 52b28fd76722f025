import { getCatalogEntry, docsUrl } from '../rules/catalog';
import type { Problem, Severity } from '../rules/types';

export interface Position {
  line: number;
  character: number;
}

export interface JsonDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: { start: Position; end: Position };
}

/** The CLI's JSON output, a contract: `[{"file", "diagnostics": [{code, severity, message, range}]}]`. */
export interface FileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
}

export type OutputFormat = 'text' | 'json' | 'sarif';

/** Offset → 0-based line/character, in UTF-16 code units as LSP counts them. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

/**
 * Line/character of each offset, as LineMap gives them, in one pass that stops at the largest: for a few findings
 * in a large file this is cheaper than indexing every line.
 */
export function positionsAt(text: string, offsets: number[]): Map<number, Position> {
  const out = new Map<number, Position>();
  let line = 0;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (const offset of [...new Set(offsets)].sort((a, b) => a - b)) {
    while (next >= 0 && next < offset) {
      line += 1;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    out.set(offset, { line, character: offset - lineStart });
  }
  return out;
}

export function toFileResult(file: string, text: string, problems: Problem[]): FileResult {
  const sorted = [...problems].sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  const at = positionsAt(text, sorted.flatMap((p) => [p.offset, p.offset + p.length]));
  const diagnostics = sorted.map((p) => ({ code: p.ruleId, severity: p.severity, message: p.message, range: { start: at.get(p.offset)!, end: at.get(p.offset + p.length)! } }));
  return { file, diagnostics };
}

export function render(results: FileResult[], format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(toSarif(results), null, 2)}\n`;
  return renderText(results);
}

function renderText(results: FileResult[]): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      count[d.severity] += 1;
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
    }
  }
  const files = results.length;
  lines.push(`${count.error} error(s), ${count.warning} warning(s), ${count.info} info in ${files} file(s)`);
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function toSarif(results: FileResult[]): unknown {
  const ruleIds = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cognito-lint',
            informationUri: 'https://github.com/cognito-lens/cognito-lens',
            rules: ruleIds.map((id) => {
              const entry = getCatalogEntry(id);
              return {
                id,
                shortDescription: { text: id },
                fullDescription: { text: entry?.condition ?? id },
                helpUri: docsUrl(id),
                defaultConfiguration: { level: SARIF_LEVEL[entry?.severity ?? 'warning'] },
              };
            }),
          },
        },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIds.indexOf(d.code),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.replace(/\\/g, '/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

export function exitCodeFor(results: FileResult[]): number {
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
