import type { MapNode, Node, ParsedText, Span } from '../parse/types';
import { takeReplaced, type ReplacedEntry } from '../parse/incremental';
import { asMap, asSeq, getAttTarget, getPair, getValue, literalString, refTarget } from './nodes';
import { CFN_TYPES, type CfnResourceEntry, type CognitoDocument, type Format, type PoolRef, type Resource, type ResourceKind, type Template } from './types';

/** Members only an app client has: a map with one of these plus a pool id or name is a client input. */
const CLIENT_KEYS = new Set([
  'ClientName', 'GenerateSecret', 'ClientSecret', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'AllowedOAuthFlowsUserPoolClient',
  'CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI', 'ExplicitAuthFlows', 'SupportedIdentityProviders', 'ReadAttributes',
  'WriteAttributes', 'TokenValidityUnits', 'AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity',
  'PreventUserExistenceErrors', 'EnableTokenRevocation', 'AuthSessionValidity', 'RefreshTokenRotation',
  'EnablePropagateAdditionalUserContextData', 'AnalyticsConfiguration',
]);

export interface DetectOptions {
  /** Force the format of a top-level API document (tests, the explorer's virtual documents). */
  format?: Format;
}

/**
 * Finds the Cognito resources in a parsed text. Documents that are not Cognito configuration yield none.
 * `before`: the same document's previous view. A keystroke re-parses only the entry it touched and keeps the
 * nodes of the others; their template entries and resources are kept too (the same objects, so every cache keyed
 * by them still holds), pointed at the new template.
 */
export function detectDocument(uri: string, text: string, parsed: ParsedText, options: DetectOptions = {}, before?: CognitoDocument): CognitoDocument {
  const replaced = takeReplaced(parsed);
  const keeping = before?.uri === uri && before.syntax === parsed.syntax;
  if (keeping && replaced && before!.parsed === parsed) {
    const patched = patchTemplate(text, parsed, before!, replaced);
    if (patched) return patched;
  }
  const doc: CognitoDocument = { uri, text, syntax: parsed.syntax, parsed, resources: [], templates: [] };
  for (const root of parsed.roots) {
    const map = asMap(root);
    if (!map) continue;
    if (isTemplate(map)) {
      // The re-parse updates the tree in place: the same root is the same template, as it was.
      const template = readTemplate(map, keeping ? before!.templates.find((t) => t.root === map) : undefined);
      const previous = asMap(getValue(map, '_previous'));
      if (previous) template.previous = readTemplate(previous);
      doc.templates.push(template);
      templateResources(uri, template, keeping, doc.resources);
    } else {
      doc.resources.push(...apiResources(uri, map, options.format));
    }
  }
  return doc;
}

/**
 * The common keystroke, in time proportional to nothing but the edit: one entry of a single template's
 * Resources was re-parsed under the same key, and it neither was nor is a user pool (whose logical id other
 * resources' pools resolve to). The template is the old one with that entry replaced; the resources are the old
 * ones with that entry's resource replaced. Undefined for anything else: detect from scratch (keeping what it can).
 */
function patchTemplate(text: string, parsed: ParsedText, before: CognitoDocument, replaced: ReplacedEntry): CognitoDocument | undefined {
  const [top, key] = replaced.keys;
  if (replaced.keys.length !== 2 || top !== 'Resources' || key !== replaced.previousKey) return undefined;
  const root = asMap(parsed.roots[0]);
  const old = before.templates[0];
  if (!root || parsed.roots.length !== 1 || before.templates.length !== 1 || old.root !== root) return undefined;
  const pair = asMap(getValue(root, 'Resources'))?.pairs[replaced.index];
  if (pair?.key !== key) return undefined;
  const oldEntry = old.resources.get(key);
  const map = asMap(pair.value);
  const type = literalString(getValue(map, 'Type'));
  const entry: CfnResourceEntry | undefined = map && type ? { logicalId: key, type, map, keySpan: pair.keySpan } : undefined;
  // An entry that comes or goes moves in the resources' order; a pool changes what other resources' pools are.
  if (!oldEntry !== !entry || oldEntry?.type === POOL_TYPE || entry?.type === POOL_TYPE) return undefined;
  const oldKind = oldEntry && CFN_TYPES[oldEntry.type];
  const kind = entry && CFN_TYPES[entry.type];
  if (!oldKind !== !kind) return undefined;
  const at = oldKind ? before.resources.indexOf(resourceOf.get(oldEntry!)!) : -1;
  if (oldKind && at < 0) return undefined;

  const template: Template = { root, resources: new Map(old.resources), parameters: old.parameters, conditions: old.conditions };
  if (old.previous) template.previous = old.previous;
  if (entry) template.resources.set(key, entry);
  const resources = before.resources.slice();
  if (kind) resources[at] = newResource(before.uri, template, entry!, kind);
  for (const r of resources) r.template = template;
  return { uri: before.uri, text, syntax: parsed.syntax, parsed, resources, templates: [template], patched: { from: before.resources, index: at } };
}

const POOL_TYPE = 'AWS::Cognito::UserPool';

function isTemplate(map: MapNode): boolean {
  const resources = asMap(getValue(map, 'Resources'));
  if (!resources) return false;
  return resources.pairs.some((p) => typeof literalString(getValue(asMap(p.value), 'Type')) === 'string');
}

/** `before`: the template as it was before an edit; its entries whose nodes are unchanged are kept. */
export function readTemplate(root: MapNode, before?: Template): Template {
  const template: Template = { root, resources: new Map(), parameters: new Map(), conditions: new Set() };
  for (const p of asMap(getValue(root, 'Resources'))?.pairs ?? []) {
    // A node's values never change: the same pair (same key span object) holding the same map is the same entry.
    const old = before?.resources.get(p.key);
    if (old && old.map === p.value && old.keySpan === p.keySpan) {
      template.resources.set(p.key, old);
      continue;
    }
    const map = asMap(p.value);
    const type = literalString(getValue(map, 'Type'));
    if (map && type) template.resources.set(p.key, { logicalId: p.key, type, map, keySpan: p.keySpan });
  }
  for (const p of asMap(getValue(root, 'Parameters'))?.pairs ?? []) template.parameters.set(p.key, asMap(p.value));
  for (const p of asMap(getValue(root, 'Conditions'))?.pairs ?? []) template.conditions.add(p.key);
  return template;
}

/** The resource made for a template entry: an entry kept across an edit keeps its resource (see detectDocument). */
const resourceOf = new WeakMap<CfnResourceEntry, Resource>();

function templateResources(uri: string, template: Template, keeping: boolean, out: Resource[]): void {
  // The pools kept resources name with a Ref, resolved once per name: their targets may have changed.
  const refPools = new Map<string, PoolRef | undefined>();
  for (const entry of template.resources.values()) {
    const kind = CFN_TYPES[entry.type];
    if (!kind) continue;
    const old = keeping ? resourceOf.get(entry) : undefined;
    if (old && old.uri === uri) {
      const pool = kind === 'user-pool' ? old.pool : keptPool(uri, template, old, refPools);
      if (samePool(pool, old.pool)) {
        old.template = template;
        out.push(old);
        continue;
      }
    }
    out.push(newResource(uri, template, entry, kind));
  }
}

function newResource(uri: string, template: Template, entry: CfnResourceEntry, kind: ResourceKind): Resource {
  const props = asMap(getValue(entry.map, 'Properties'));
  const resource: Resource = {
    kind, format: 'cfn', props, anchor: entry.keySpan, uri, logicalId: entry.logicalId, cfnType: entry.type,
    resourceMap: entry.map, template,
  };
  resource.pool = kind === 'user-pool' ? { key: `cfn:${uri}#${entry.logicalId}`, logicalId: entry.logicalId } : cfnPoolRef(uri, template, getValue(props, 'UserPoolId'));
  resourceOf.set(entry, resource);
  return resource;
}

/**
 * The pool of a kept resource now. A literal or imported id names the same pool whatever else changed; a `Ref`
 * or `GetAtt` depends on its target in the template, resolved once per name.
 */
function keptPool(uri: string, template: Template, old: Resource, refPools: Map<string, PoolRef | undefined>): PoolRef | undefined {
  const props = old.props;
  if (!props) return old.pool;
  let ref = poolRefNames.get(props);
  if (ref === undefined) {
    const value = getValue(props, 'UserPoolId');
    ref = refTarget(value) ?? getAttTarget(value)?.id ?? null;
    poolRefNames.set(props, ref);
  }
  if (ref === null) return old.pool;
  if (!refPools.has(ref)) refPools.set(ref, poolOfTarget(uri, template, ref));
  return refPools.get(ref);
}

/** The logical id a properties node's UserPoolId refers to (null: none), once per node: its values never change. */
const poolRefNames = new WeakMap<MapNode, string | null>();

function samePool(a: PoolRef | undefined, b: PoolRef | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.key === b.key && a.literalId === b.literalId && a.logicalId === b.logicalId);
}

/** Resolves a template's `UserPoolId` value to the pool it names. */
export function cfnPoolRef(uri: string, template: Template, value: Node | undefined): PoolRef | undefined {
  const literal = literalString(value);
  if (literal !== undefined) return { key: `id:${literal}`, literalId: literal };
  const ref = refTarget(value) ?? getAttTarget(value)?.id;
  if (ref !== undefined) return poolOfTarget(uri, template, ref);
  const imported = value?.kind === 'intrinsic' && value.fn === 'Fn::ImportValue' ? literalString(value.arg) : undefined;
  return imported !== undefined ? { key: `import:${imported}` } : undefined;
}

/** The pool a `Ref`/`GetAtt` of a template's logical id names: a pool of the template, or a parameter. */
function poolOfTarget(uri: string, template: Template, ref: string): PoolRef | undefined {
  const target = template.resources.get(ref);
  if (target?.type === 'AWS::Cognito::UserPool') return { key: `cfn:${uri}#${ref}`, logicalId: ref };
  if (template.parameters.has(ref)) return { key: `param:${uri}#${ref}` };
  return undefined;
}

function literalPool(props: MapNode | undefined, key = 'UserPoolId'): PoolRef | undefined {
  const id = literalString(getValue(props, key));
  return id !== undefined ? { key: `id:${id}`, literalId: id } : undefined;
}

function firstKeySpan(map: MapNode): Span {
  return map.pairs[0]?.keySpan ?? { offset: map.offset, length: Math.min(1, map.length) };
}

const DESCRIBE_WRAPPERS: [string, ResourceKind, Format][] = [
  ['UserPoolClient', 'app-client', 'describe:DescribeUserPoolClient'],
  ['ResourceServer', 'resource-server', 'describe:DescribeResourceServer'],
  ['UserPool', 'user-pool', 'describe:DescribeUserPool'],
  ['DomainDescription', 'domain', 'describe:DescribeUserPoolDomain'],
];

function apiResources(uri: string, root: MapNode, forced?: Format): Resource[] {
  for (const [key, kind, format] of DESCRIBE_WRAPPERS) {
    const pair = getPair(root, key);
    const inner = asMap(pair?.value);
    if (!pair || !inner) continue;
    const pool = kind === 'user-pool' ? literalPool(inner, 'Id') : literalPool(inner);
    // A describe output pasted into an update input keeps its wrapper; the file name says which it is meant to be.
    const pastedUpdate = kind === 'app-client' && /update/i.test(uri.split('/').pop() ?? '');
    const f = forced ?? (pastedUpdate ? 'api:UpdateUserPoolClient' : format);
    return [{ kind, format: f, props: inner, anchor: pair.keySpan, uri, pool, wrapper: root }];
  }
  const list = asSeq(getValue(root, 'ResourceServers'));
  if (list) {
    return list.items.flatMap((item) => {
      const props = asMap(item);
      if (!props) return [];
      const r: Resource = { kind: 'resource-server', format: 'describe:DescribeResourceServer', props, anchor: firstKeySpan(props), uri, pool: literalPool(props) };
      return [r];
    });
  }
  const format = forced ?? apiFormat(root, uri);
  if (!format) return [];
  const kind = kindOfFormat(format);
  return [{ kind, format, props: root, anchor: firstKeySpan(root), uri, pool: kind === 'user-pool' ? undefined : literalPool(root) }];
}

function apiFormat(root: MapNode, uri: string): Format | undefined {
  const has = (k: string) => getPair(root, k) !== undefined;
  const clientish = root.pairs.some((p) => CLIENT_KEYS.has(p.key));
  if (has('ClientId') && (has('UserPoolId') || clientish)) return 'api:UpdateUserPoolClient';
  if (clientish && (has('UserPoolId') || has('ClientName'))) return 'api:CreateUserPoolClient';
  if (has('Identifier') && (has('UserPoolId') || has('Name') || has('Scopes'))) {
    // The two resource-server requests have the same members; only the file name can tell an update apart.
    return /update/i.test(uri.split('/').pop() ?? '') ? 'api:UpdateResourceServer' : 'api:CreateResourceServer';
  }
  if (has('Domain') && has('UserPoolId')) return 'api:CreateUserPoolDomain';
  if (has('PoolName')) return 'api:CreateUserPool';
  return undefined;
}

export function kindOfFormat(format: Format): ResourceKind {
  if (format.endsWith('UserPoolClient')) return 'app-client';
  if (format.endsWith('ResourceServer')) return 'resource-server';
  if (format.endsWith('UserPoolDomain')) return 'domain';
  return 'user-pool';
}
