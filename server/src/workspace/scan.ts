import { promises as fs, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';

export const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml', '.template'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'cdk.out', '.aws-sam', '.vscode-test', '.serverless']);
/** Files larger than this are not indexed from disk (an open document is always linted). */
export const MAX_INDEXED_FILE_BYTES = 8 * 1024 * 1024;

export function isConfigFile(file: string): boolean {
  return CONFIG_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** A cheap pre-filter before parsing: text that names no Cognito member cannot hold Cognito configuration. */
export function mayBeCognito(text: string): boolean {
  return /AWS::Cognito::|UserPoolId|UserPoolClient|ResourceServer|PoolName|"UserPool"|UserPool:/.test(text);
}

/** Lists config files below `root` (or `root` itself), depth-first, skipping build and dependency folders. */
export async function findConfigFiles(root: string, limit = 20_000): Promise<string[]> {
  const out: string[] = [];
  const stat = await fs.stat(root);
  if (stat.isFile()) return [root];
  const stack = [root];
  while (stack.length > 0 && out.length < limit) {
    const dir = stack.pop()!;
    try {
      visit(dir, await fs.readdir(dir, { withFileTypes: true }), stack, out);
    } catch {
      continue;
    }
  }
  return out.sort();
}

/** findConfigFiles without the thread pool: a one-shot CLI run has nothing else to do meanwhile. */
export function findConfigFilesSync(root: string, limit = 20_000): string[] {
  const out: string[] = [];
  if (statSync(root).isFile()) return [root];
  const stack = [root];
  while (stack.length > 0 && out.length < limit) {
    const dir = stack.pop()!;
    try {
      visit(dir, readdirSync(dir, { withFileTypes: true }), stack, out);
    } catch {
      continue;
    }
  }
  return out.sort();
}

/** Queues a directory's subdirectories (in reverse name order, for a depth-first walk) and collects its config files. */
function visit(dir: string, entries: Dirent[], stack: string[], out: string[]): void {
  entries.sort((a, b) => (a.name < b.name ? 1 : -1));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) stack.push(full);
    } else if (e.isFile() && isConfigFile(e.name)) out.push(full);
  }
}

/** Reads a file as text when it is small enough and not binary; undefined otherwise. */
export async function readConfigText(file: string): Promise<string | undefined> {
  const stat = await fs.stat(file);
  if (stat.size > MAX_INDEXED_FILE_BYTES) return undefined;
  return configText(await fs.readFile(file));
}

/** readConfigText without the thread pool (the CLI). */
export function readConfigTextSync(file: string): string | undefined {
  if (statSync(file).size > MAX_INDEXED_FILE_BYTES) return undefined;
  return configText(readFileSync(file));
}

function configText(buf: Buffer): string | undefined {
  if (buf.subarray(0, 8000).includes(0)) return undefined;
  return buf.toString('utf8');
}
