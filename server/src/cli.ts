import { existsSync, writeSync } from 'node:fs';
import * as path from 'node:path';
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
  writeStdout(render(results, format));
  return exitCodeFor(results);
}

/**
 * Writes straight to fd 1: setting up process.stdout costs a cold lint ~25 ms. A non-blocking fd 1 (EAGAIN) gets
 * the rest through the stream; a closed pipe (`| head`) ends the output quietly.
 */
function writeStdout(text: string): void {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EAGAIN') process.stdout.write(bytes.subarray(done));
    else if (code !== 'EPIPE') throw e;
  }
}

interface Subcommands {
  live: typeof import('./cli/live');
  decode: typeof import('./cli/decode');
}

/**
 * `live` (the AWS SDK) and `decode` (jose) ship as sibling bundles, dist/cli-live.js and dist/cli-decode.js, loaded
 * only by their subcommand so a lint never compiles them. From source (tsx) there is no sibling: the module itself.
 * Both specifiers are computed so esbuild leaves them out of this bundle.
 */
async function loadSubcommand<K extends keyof Subcommands>(name: K): Promise<Subcommands[K]> {
  const bundle = path.join(__dirname, `cli-${name}.js`);
  if (existsSync(bundle)) return require(bundle) as Subcommands[K];
  const source = ['.', 'cli', name].join('/');
  return (await import(source)) as Subcommands[K];
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === 'live') return await (await loadSubcommand('live')).runLive(rest);
    if (first === 'decode') return await (await loadSubcommand('decode')).runDecode(rest);
    if (first === 'lint') return await runLint(rest);
    if (first === '--help' || first === '-h' || first === undefined) {
      process.stdout.write(`${USAGE}\n`);
      return first === undefined ? 2 : 0;
    }
    return await runLint(argv);
  } catch (e) {
    // By name: an error from dist/cli-live.js or dist/cli-decode.js is another bundle's UsageError class.
    if ((e as Error | undefined)?.name === 'UsageError' || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
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
