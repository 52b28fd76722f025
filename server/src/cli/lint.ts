import * as path from 'node:path';
import { createLanguageService } from '../language-service';
import { findConfigFilesSync, mayBeCognito, readConfigTextSync } from '../workspace/scan';
import { toFileResult, type FileResult } from './output';

/** Bad arguments or unreadable input: exit status 2. Matched by name, as each CLI bundle has its own copy. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Lints files and directories as one workspace: every file is indexed first, so a client in one file is checked
 * against resource servers in another. Unreadable paths throw a UsageError; a file that fails to parse or check
 * is reported on stderr and the others are still linted.
 */
export async function lintPaths(inputs: string[], warn: (message: string) => void): Promise<FileResult[]> {
  const files: string[] = [];
  for (const input of inputs) {
    try {
      files.push(...findConfigFilesSync(input));
    } catch (e) {
      throw new UsageError(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  const unique = [...new Set(files)];
  const service = createLanguageService({ cacheRuleResults: false, onRuleError: (id, e) => warn(`internal error in rule ${id}: ${String(e)}`) });
  const texts = new Map<string, string>();
  for (const file of unique) {
    let text: string | undefined;
    try {
      text = readConfigTextSync(file);
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    if (text === undefined || !mayBeCognito(text)) continue;
    try {
      const doc = service.update(file, text, path.extname(file));
      if (doc.resources.length > 0) texts.set(file, text);
    } catch (e) {
      warn(`${file}: could not be parsed: ${String(e)}`);
    }
  }
  const results: FileResult[] = [];
  for (const [file, text] of texts) {
    try {
      results.push(toFileResult(file, text, service.validate(file)));
    } catch (e) {
      warn(`${file}: could not be checked: ${String(e)}`);
    }
  }
  return results;
}
