import { parseArgs } from 'node:util';
import { lintPaths, UsageError } from './cli/lint';
import { exitCodeFor, render, type OutputFormat } from './cli/output';

const USAGE = `Usage:
  cognito-lint [lint] [--format text|json|sarif] <file-or-dir>...
  cognito-lint live [--profile P] [--region R]... [--endpoint URL] [--pool ID]... [--format text|json|sarif]
  cognito-lint decode [--jwks FILE|URL] [--issuer ISS] [--token-use id|access] [--client-id ID] [--scope S]... [--format text|json] <token | ->

Exit status: 0 no errors, 1 errors found (or an invalid token), 2 usage error or unreadable input.`;

const FORMATS: OutputFormat[] = ['text', 'json', 'sarif'];

function parseFormat(value: string | undefined, allowed: string[] = FORMATS): OutputFormat {
  const format = value ?? 'text';
  if (!allowed.includes(format)) throw new UsageError(`unknown --format ${format} (expected ${allowed.join(', ')})`);
  return format as OutputFormat;
}

async function runLint(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = parseFormat(values.format);
  if (positionals.length === 0) throw new UsageError('no files or directories given');
  const results = await lintPaths(positionals, (m) => process.stderr.write(`cognito-lint: ${m}\n`));
  process.stdout.write(render(results, format));
  return exitCodeFor(results);
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === 'live') return await (await import('./cli/live')).runLive(rest);
    if (first === 'decode') return await (await import('./cli/decode')).runDecode(rest);
    if (first === 'lint') return await runLint(rest);
    if (first === '--help' || first === '-h' || first === undefined) {
      process.stdout.write(`${USAGE}\n`);
      return first === undefined ? 2 : 0;
    }
    return await runLint(argv);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`cognito-lint: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`cognito-lint: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
