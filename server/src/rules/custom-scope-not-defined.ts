import { getPair, literalString } from '../model/nodes';
import type { Resource, Template } from '../model/types';
import { poolFacts } from './common/pool';
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
 * A resource server that lacks a scope an app client elsewhere in the workspace still uses: Cognito keeps the
 * scope on the client as inactive and silently leaves it out of tokens.
 */
function checkServer(server: Resource, ctx: RuleContext): Problem[] {
  // Runs for every resource server on every keystroke (it depends on all clients): keep the common case cheap.
  const def = serverFacts(server.props);
  if (def.identifier === undefined || !def.scopes) return [];
  const users = scopesByIdentifier(poolFacts(server, ctx.index)?.clients ?? []).get(def.identifier);
  if (!users) return [];
  const at = getPair(server.props, 'Scopes')?.keySpan ?? getPair(server.props, 'Identifier')?.keySpan ?? server.anchor;
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const { client, scope } of users) {
    if (client.uri === server.uri || def.scopes.has(scope.name) || reported.has(scope.name)) continue;
    reported.add(scope.name);
    const name = literalString(getPair(client.props, 'ClientName')?.value) ?? client.uri.split('/').pop();
    problems.push(ctx.problem(at, `App client ${name} still uses a scope this resource server does not define; it becomes inactive and is left out of tokens: add the scope back or remove it from the client: ${def.identifier}/${scope.name}`));
  }
  return problems;
}

/** The pool's clients' literal custom scopes grouped by identifier, once per client list (perf: one pass, not one per server). */
function scopesByIdentifier(clients: readonly Resource[]): Map<string, { client: Resource; scope: CustomScope }[]> {
  let grouped = scopeGroups.get(clients);
  if (grouped) return grouped;
  grouped = new Map();
  for (const client of clients) {
    for (const scope of customScopes(client)) {
      if (scope.identifier === undefined) continue;
      const list = grouped.get(scope.identifier) ?? [];
      list.push({ client, scope });
      grouped.set(scope.identifier, list);
    }
  }
  scopeGroups.set(clients, grouped);
  return grouped;
}

const scopeGroups = new WeakMap<readonly Resource[], Map<string, { client: Resource; scope: CustomScope }[]>>();
