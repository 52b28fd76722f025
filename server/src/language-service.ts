import { reparseText } from './parse';
import { detectDocument, type DetectOptions } from './model/detect';
import type { CognitoDocument, Resource } from './model/types';
import { WorkspaceIndex } from './model/workspace-index';
import { RuleCache, checkDocument, type RuleErrorHandler } from './rules/engine';
import type { Problem } from './rules/types';
import { getCompletions, type Completion } from './completion';
import { getHover, type HoverResult } from './hover';

export interface LanguageServiceDeps {
  index?: WorkspaceIndex;
  onRuleError?: RuleErrorHandler;
  /** Keep rule results between validations of a document (editors: yes; one-shot linting: no, it only costs). */
  cacheRuleResults?: boolean;
}

export interface LanguageService {
  readonly index: WorkspaceIndex;
  /** Parses and indexes a document's new text; returns the Cognito view of it (no resources for other files). */
  update(uri: string, text: string, languageHint?: string, options?: DetectOptions): CognitoDocument;
  remove(uri: string): void;
  get(uri: string): CognitoDocument | undefined;
  validate(uri: string): Problem[];
  complete(uri: string, offset: number): Completion[];
  hover(uri: string, offset: number): HoverResult | undefined;
  /** Other documents whose problems may change when `uri` changes (same pools: scopes, tiers, domains). */
  dependents(uri: string): string[];
}

/** The editor-independent heart of Cognito Lens: used by the language server, the CLI and the explorer. */
export function createLanguageService(deps: LanguageServiceDeps = {}): LanguageService {
  const index = deps.index ?? new WorkspaceIndex();
  const docs = new Map<string, CognitoDocument>();
  const ruleCaches = new Map<string, RuleCache>();

  return {
    index,
    update(uri, text, languageHint, options) {
      // A keystroke re-parses only the entry it touched; the previous tree of this document is updated in place.
      const previous = docs.get(uri);
      const parsed = reparseText(previous?.parsed, previous?.text, text, languageHint ?? uri);
      const doc = detectDocument(uri, text, parsed, options, previous);
      docs.set(uri, doc);
      const before = index.version;
      index.setDocument(uri, doc.resources);
      // The rule cache tells this document's own changes of the index from everyone else's.
      ruleCaches.get(uri)?.ownChange(before, index.version);
      return doc;
    },
    remove(uri) {
      docs.delete(uri);
      ruleCaches.delete(uri);
      index.removeDocument(uri);
    },
    get: (uri) => docs.get(uri),
    validate(uri) {
      const doc = docs.get(uri);
      if (!doc || doc.resources.length === 0) return [];
      if (deps.cacheRuleResults === false) return checkDocument(doc, index, deps.onRuleError);
      let cache = ruleCaches.get(uri);
      if (!cache) {
        cache = new RuleCache();
        ruleCaches.set(uri, cache);
      }
      return checkDocument(doc, index, deps.onRuleError, cache);
    },
    complete(uri, offset) {
      const doc = docs.get(uri);
      return doc ? withinStack(() => getCompletions(doc, offset, index), []) : [];
    },
    hover(uri, offset) {
      const doc = docs.get(uri);
      return doc ? withinStack(() => getHover(doc, offset, index), undefined) : undefined;
    },
    dependents(uri) {
      const others = index.uris().filter((u) => u !== uri);
      if (others.length === 0) return [];
      const doc = docs.get(uri);
      const keys = doc?.patched ? patchedPoolKeys(doc.resources, doc.patched) : poolKeysOf(doc?.resources ?? index.getResources(uri));
      if (keys.size === 0) return [];
      // Runs on every keystroke: compare pool keys file by file (each file's keys are kept with its resource list).
      const out: string[] = [];
      for (const other of others) {
        // Clients, pools and domains read their pool's servers, tiers and domains; servers and IdPs read nothing back.
        const theirs = poolKeysOf(index.getResources(other), readsItsPool);
        for (const key of keys) {
          if (!theirs.has(key)) continue;
          out.push(other);
          break;
        }
      }
      return out;
    },
  };
}

/** The pool keys of a document's resources (those `which` accepts), once per resource list and filter. */
function poolKeysOf(resources: readonly Resource[], which: (r: Resource) => boolean = any): Set<string> {
  let memo = poolKeys.get(resources);
  if (!memo) poolKeys.set(resources, (memo = new Map()));
  let keys = memo.get(which);
  if (!keys) {
    keys = new Set();
    for (const r of resources) if (r.pool && which(r)) keys.add(r.pool.key);
    memo.set(which, keys);
  }
  return keys;
}

/** A patched document's pool keys are its predecessor's when the one resource replaced kept its pool. */
function patchedPoolKeys(resources: readonly Resource[], patched: NonNullable<CognitoDocument['patched']>): Set<string> {
  const before = patched.index >= 0 ? patched.from[patched.index] : undefined;
  const after = patched.index >= 0 ? resources[patched.index] : undefined;
  if (before?.pool?.key !== after?.pool?.key) return poolKeysOf(resources);
  const keys = poolKeysOf(patched.from);
  poolKeys.set(resources, new Map([[any, keys]]));
  return keys;
}

const any = () => true;
const readsItsPool = (r: Resource) => r.kind !== 'resource-server' && r.kind !== 'identity-provider';
const poolKeys = new WeakMap<readonly Resource[], Map<(r: Resource) => boolean, Set<string>>>();

/** Absurdly deep documents overflow recursive helpers: answer nothing for them rather than fail the request. */
function withinStack<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) return fallback;
    throw e;
  }
}
