import { getPair, literalString } from '../model/nodes';
import type { Resource, Template } from '../model/types';
import type { Span } from '../parse/types';
import { customScopes, definedScopes, isScopeDefined, poolServers, serverDef, serverFacts, type CustomScope, type ServerDef } from './common/scopes';
import { closest } from './common/suggest';
import type { Fix, Problem, Rule, RuleContext } from './types';

export const customScopeNotDefined: Rule = {
  id: 'cognito/custom-scope-not-defined',
  appliesTo: ['app-client', 'resource-server'],
  check(resource, ctx) {
    return resource.kind === 'app-client' ? checkClient(resource, ctx) : checkServer(resource, ctx);
  },
};

function checkClient(client: Resource, ctx: RuleContext): Problem[] {
  const servers = poolServers(client, ctx.index);
  const problems: Problem[] = [];
  for (const scope of customScopes(client)) {
    if (scope.serverId !== undefined) {
      const server = resourceById(ctx.doc.resources, client.template, scope.serverId);
      const def = server && serverDef(server);
      if (def?.scopes && !def.scopes.has(scope.name)) {
        problems.push(ctx.problem(scope.node, `Resource server ${scope.serverId} defines no such scope: add it to its Scopes or use a scope it has: ${scope.name}`));
      }
      continue;
    }
    // Skip when the workspace knows no resource server of this pool: the scope may be defined where we can't see.
    if (servers.length === 0 || isScopeDefined(scope.identifier!, scope.name, servers) !== 'no') continue;
    problems.push(notDefined(ctx, scope, servers));
  }
  return problems;
}

/** The document's first resource of the template with the logical id, by a table made once per resource list (perf). */
function resourceById(resources: readonly Resource[], template: Template | undefined, logicalId: string): Resource | undefined {
  let byTemplate = resourceTables.get(resources);
  if (!byTemplate) {
    byTemplate = new Map();
    for (const r of resources) {
      if (r.logicalId === undefined) continue;
      let ids = byTemplate.get(r.template);
      if (!ids) byTemplate.set(r.template, (ids = new Map()));
      if (!ids.has(r.logicalId)) ids.set(r.logicalId, r);
    }
    resourceTables.set(resources, byTemplate);
  }
  return byTemplate.get(template)?.get(logicalId);
}

const resourceTables = new WeakMap<readonly Resource[], Map<Template | undefined, Map<string, Resource>>>();

function notDefined(ctx: RuleContext, scope: CustomScope, servers: ServerDef[]): Problem {
  const full = `${scope.identifier}/${scope.name}`;
  const meant = closest(full, definedScopes(servers));
  const fixes: Fix[] = meant ? [{ title: `Replace with ${meant}`, edits: [ctx.edits.replace(scope.node, meant)] }] : [];
  const known = servers.some((s) => s.identifier === scope.identifier);
  const why = known ? `resource server ${scope.identifier} has no scope ${scope.name}` : `no resource server of this user pool has the identifier ${scope.identifier}`;
  return ctx.problem(scope.node, `Custom scope is not defined (${why}): define it on the resource server or fix the name: ${full}`, ...fixes);
}

/**
 * A resource server that lacks a scope an app client in another file still uses: Cognito keeps the scope on the
 * client as inactive and silently leaves it out of tokens. Clients of the server's own file are the client side's
 * business (and reading them would make every server depend on every client of its file).
 */
function checkServer(server: Resource, ctx: RuleContext): Problem[] {
  // Runs for every resource server whenever its document changes: keep the common case cheap.
  const def = serverFacts(server.props);
  const poolKey = server.pool?.key;
  if (def.identifier === undefined || !def.scopes || poolKey === undefined) return [];
  const index = ctx.index;
  let at: Span | undefined;
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const uri of index.uris()) {
    if (uri === server.uri) continue;
    const users = scopeUsesOf(index.getResources(uri)).get(poolKey)?.get(def.identifier);
    for (const { client, scope } of users ?? []) {
      if (def.scopes.has(scope.name) || reported.has(scope.name)) continue;
      reported.add(scope.name);
      at ??= getPair(server.props, 'Scopes')?.keySpan ?? getPair(server.props, 'Identifier')?.keySpan ?? server.anchor;
      const name = literalString(getPair(client.props, 'ClientName')?.value) ?? client.uri.split('/').pop();
      problems.push(ctx.problem(at, `App client ${name} still uses a scope this resource server does not define; it becomes inactive and is left out of tokens: add the scope back or remove it from the client: ${def.identifier}/${scope.name}`));
    }
  }
  return problems;
}

type ScopeUses = Map<string, Map<string, { client: Resource; scope: CustomScope }[]>>;

/**
 * One file's app clients' literal custom scopes by pool key and identifier, once per resource list: the index
 * keeps a file's list until that file changes, so a keystroke elsewhere finds every other file's uses ready.
 */
function scopeUsesOf(resources: readonly Resource[]): ScopeUses {
  let uses = scopeUses.get(resources);
  if (uses) return uses;
  uses = new Map();
  for (const client of resources) {
    const poolKey = client.pool?.key;
    if (client.kind !== 'app-client' || poolKey === undefined) continue;
    for (const scope of customScopes(client)) {
      if (scope.identifier === undefined) continue;
      let byId = uses.get(poolKey);
      if (!byId) uses.set(poolKey, (byId = new Map()));
      let list = byId.get(scope.identifier);
      if (!list) byId.set(scope.identifier, (list = []));
      list.push({ client, scope });
    }
  }
  scopeUses.set(resources, uses);
  return uses;
}

const scopeUses = new WeakMap<readonly Resource[], ScopeUses>();
