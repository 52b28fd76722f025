import type { Resource } from '../../model/types';
import type { WorkspaceIndex } from '../../model/workspace-index';
import type { MapNode, Node } from '../../parse/types';
import { asIntrinsic, asMap, asSeq, getAttTarget, getValue, literalString, refTarget } from '../../model/nodes';
import { poolFacts } from './pool';
import { splitCustomScope } from './client';

/** The AllowedOAuthScopes item pattern and length limits of the service model. */
export function isWellFormedScope(scope: string): boolean {
  return scope.length >= 1 && scope.length <= 256 && /^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope);
}

/** What the workspace knows about one resource server: its identifier and scope names, where literal. */
export interface ServerDef {
  /** The literal identifier; undefined when it is an intrinsic. */
  identifier?: string;
  /** For an intrinsic identifier: the identifiers it could be (`!Sub '${Env}-api'` → /^.+-api$/), or any. */
  pattern?: RegExp;
  /** Literal scope names; undefined when the list or one of its names is an intrinsic. */
  scopes?: Set<string>;
  resource?: Resource;
}

export function serverDef(server: Resource): ServerDef {
  return { ...serverFacts(server.props), resource: server };
}

/**
 * A server's identifier and scopes, once per properties node (perf: a keystroke re-parses only the entry it
 * touches, so untouched entries keep their nodes, and a node's values never change).
 */
export function serverFacts(props: MapNode | undefined): Readonly<ServerDef> {
  const known = props && factsOf.get(props);
  if (known) return known;
  const idNode = getValue(props, 'Identifier');
  const identifier = literalString(idNode);
  const facts: ServerDef = { scopes: scopeNames(getValue(props, 'Scopes')) };
  if (identifier !== undefined) facts.identifier = identifier;
  else facts.pattern = subPattern(idNode) ?? /^/;
  if (props) factsOf.set(props, facts);
  return facts;
}

const factsOf = new WeakMap<MapNode, ServerDef>();

function scopeNames(node: Node | undefined): Set<string> | undefined {
  if (node === undefined || (node.kind === 'scalar' && node.value === null)) return new Set();
  const seq = asSeq(node);
  if (!seq) return undefined;
  const names = new Set<string>();
  for (const item of seq.items) {
    const map = asMap(item);
    if (!map) return undefined;
    const nameNode = getValue(map, 'ScopeName');
    const name = literalString(nameNode);
    if (name !== undefined) names.add(name);
    else if (nameNode !== undefined) return undefined;
  }
  return names;
}

/** A `Fn::Sub` template string as a pattern: each `${Var}` stands for one or more characters. */
function subPattern(node: Node | undefined): RegExp | undefined {
  const text = subTemplate(node);
  if (text === undefined) return undefined;
  const parts = text.split(/\$\{[^}!][^}]*\}/).map((p) => p.replace(/\$\{!/g, '${').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`, 's');
}

/** The template text of `!Sub 'text'` or `Fn::Sub: [text, {...}]`. */
export function subTemplate(node: Node | undefined): string | undefined {
  const sub = asIntrinsic(node, 'Fn::Sub');
  if (!sub) return undefined;
  return literalString(sub.arg) ?? literalString(asSeq(sub.arg)?.items[0]);
}

/** Resource servers of the resource's pool declared in the workspace, plus the live pool's (explorer) when known. */
export function poolServers(resource: Resource, index: WorkspaceIndex): ServerDef[] {
  const servers = poolFacts(resource, index)?.resourceServers ?? sameTemplatePool(resource, index);
  // A pool's server list is the same array for every client until the index changes: define it once (perf).
  let base = defsOf.get(servers);
  if (!base) {
    base = servers.map(serverDef);
    defsOf.set(servers, base);
  }
  const poolId = resource.pool?.literalId;
  const external = poolId !== undefined ? index.getExternal(poolId) : undefined;
  if (!external?.resourceServers.length) return base;
  const defs = [...base];
  for (const rs of external.resourceServers) defs.push({ identifier: rs.identifier, scopes: new Set(rs.scopes.map((s) => s.name)) });
  return defs;
}

const defsOf = new WeakMap<readonly Resource[], ServerDef[]>();

/**
 * Resource servers of the same template whose UserPoolId names the same thing as the resource's, for pools the
 * model cannot resolve (a `Ref` to a resource of another stack fragment).
 */
function sameTemplatePool(resource: Resource, index: WorkspaceIndex): Resource[] {
  const key = poolExpression(resource);
  if (key === undefined || !resource.template) return [];
  return index.getResources(resource.uri).filter((r) => r.kind === 'resource-server' && r.template === resource.template && poolExpression(r) === key);
}

function poolExpression(resource: Resource): string | undefined {
  const node = getValue(resource.props, 'UserPoolId');
  const ref = refTarget(node) ?? getAttTarget(node)?.id;
  return ref !== undefined ? `ref:${ref}` : undefined;
}

export type Defined = 'yes' | 'no' | 'unknown';

/** Whether `<identifier>/<name>` is a scope of one of the servers; `unknown` when an intrinsic could make it one. */
export function isScopeDefined(identifier: string, name: string, servers: readonly ServerDef[]): Defined {
  let result: Defined = 'no';
  for (const s of candidates(servers, identifier)) {
    const matches = s.identifier !== undefined ? s.identifier === identifier : s.pattern?.test(identifier) === true;
    if (!matches) continue;
    if (s.scopes === undefined || s.identifier === undefined) result = 'unknown';
    else if (s.scopes.has(name)) return 'yes';
  }
  return result;
}

/** The servers that may have `identifier`: literal matches plus patterned ones, looked up by identifier (perf). */
function candidates(servers: readonly ServerDef[], identifier: string): readonly ServerDef[] {
  if (servers.length < 16) return servers;
  let lookup = lookups.get(servers);
  if (!lookup) {
    lookup = { byId: new Map(), patterned: servers.filter((s) => s.identifier === undefined) };
    for (const s of servers) if (s.identifier !== undefined) lookup.byId.set(s.identifier, [...(lookup.byId.get(s.identifier) ?? []), s]);
    lookups.set(servers, lookup);
  }
  const literal = lookup.byId.get(identifier) ?? [];
  return lookup.patterned.length === 0 ? literal : [...literal, ...lookup.patterned];
}

const lookups = new WeakMap<readonly ServerDef[], { byId: Map<string, ServerDef[]>; patterned: ServerDef[] }>();

/** Every literal `<identifier>/<name>` the servers define (for did-you-mean fixes). */
export function definedScopes(servers: readonly ServerDef[]): string[] {
  return servers.flatMap((s) => (s.identifier !== undefined && s.scopes ? [...s.scopes].map((n) => `${s.identifier}/${n}`) : []));
}

/** A custom scope of an app client, literal or built with `!Sub '${Server}/name'` from a resource server's Ref. */
export interface CustomScope {
  node: Node;
  index: number;
  /** The scope name after the last `/`. */
  name: string;
  /** The literal identifier, for a literal scope. */
  identifier?: string;
  /** The resource server the scope is built from (`!Sub '${Api}/read'`), in the client's template. */
  serverId?: string;
}

export function customScopes(client: Resource): CustomScope[] {
  const seq = asSeq(getValue(client.props, 'AllowedOAuthScopes'));
  const out: CustomScope[] = [];
  seq?.items.forEach((node, index) => {
    const text = literalString(node);
    if (text !== undefined) {
      const split = splitCustomScope(text);
      if (split) out.push({ node, index, name: split.name, identifier: split.identifier });
      return;
    }
    const m = /^\$\{([A-Za-z0-9]+)\}\/([^/$]+)$/.exec(subTemplate(node) ?? '');
    if (m && client.template?.resources.get(m[1])?.type === 'AWS::Cognito::UserPoolResourceServer') {
      out.push({ node, index, name: m[2], serverId: m[1] });
    }
  });
  return out;
}

/** Logical ids a CloudFormation node refers to: `Ref`, `Fn::GetAtt` and `${X}` / `${X.Attr}` inside `Fn::Sub`. */
export function referencedIds(node: Node | undefined, out = new Set<string>()): Set<string> {
  if (!node) return out;
  if (node.kind === 'map') for (const p of node.pairs) referencedIds(p.value, out);
  else if (node.kind === 'seq') for (const item of node.items) referencedIds(item, out);
  else if (node.kind === 'intrinsic') {
    const ref = refTarget(node) ?? getAttTarget(node)?.id;
    if (ref !== undefined) out.add(ref);
    const sub = subTemplate(node);
    if (sub !== undefined) for (const m of sub.matchAll(/\$\{([^}!.][^}.]*)[^}]*\}/g)) out.add(m[1]);
    referencedIds(node.arg, out);
  }
  return out;
}

/** The literal logical ids of a resource's `DependsOn` (a string or a list). */
export function dependsOn(resource: Resource): string[] {
  const node = getValue(resource.resourceMap, 'DependsOn');
  const single = literalString(node);
  if (single !== undefined) return [single];
  return (asSeq(node)?.items ?? []).map(literalString).filter((s): s is string => s !== undefined);
}

