import { getValue, literalString } from '../model/nodes';
import type { Resource, Template } from '../model/types';
import type { MapNode } from '../parse/types';
import { customScopes, dependsOn, referencedIds } from './common/scopes';
import type { Fix, Problem, Rule, RuleContext } from './types';

export const customScopeMissingDependency: Rule = {
  id: 'cognito/custom-scope-missing-dependency',
  appliesTo: ['app-client', 'resource-server'],
  check(client, ctx) {
    if (client.kind !== 'app-client' || !client.template || !client.resourceMap) return [];
    const servers = serversByIdentifier(client);
    if (servers.size === 0) return [];
    // Any Ref/GetAtt/Sub of the resource server already makes CloudFormation create it first.
    let depends: string[] | undefined;
    let ordered: Set<string> | undefined;
    const problems: Problem[] = [];
    const reported = new Set<string>();
    for (const scope of customScopes(client)) {
      const serverId = scope.identifier !== undefined ? servers.get(scope.identifier) : undefined;
      if (!serverId || reported.has(serverId)) continue;
      // The ordering is read only when a scope names a server of the template, DependsOn first: the reference
      // walk over the whole entry is needed only when DependsOn does not name the server (perf).
      depends ??= dependsOn(client);
      if (depends.includes(serverId)) continue;
      ordered ??= referencedIds(client.resourceMap);
      if (ordered.has(serverId)) continue;
      reported.add(serverId);
      problems.push(ctx.problem(
        scope.node,
        `CloudFormation may create this client before resource server ${serverId}, and the create then fails (scope does not exist): add DependsOn: ${serverId}`,
        addDependsOn(client, serverId, ctx),
      ));
    }
    return problems;
  },
};

/** Literal identifier → logical id of the template's resource servers. */
function serversByIdentifier(client: Resource): Map<string, string> {
  // The same for every client of the template: computed once per template (perf). Keyed by the resources map, a
  // new one per version of the template: reading it tells the rule cache the result depends on it.
  const resources = client.template!.resources;
  const known = byTemplate.get(resources);
  if (known) return known;
  const out = new Map<string, string>();
  byTemplate.set(resources, out);
  for (const entry of resources.values()) {
    if (entry.type !== 'AWS::Cognito::UserPoolResourceServer') continue;
    const id = identifierOf(entry.map);
    if (id !== undefined && !out.has(id)) out.set(id, entry.logicalId);
  }
  return out;
}

const byTemplate = new WeakMap<Template['resources'], Map<string, string>>();

/**
 * A resource server entry's literal Identifier, once per entry node: a keystroke makes a new template but keeps
 * the nodes of the entries it did not touch, and a node's values never change (perf).
 */
function identifierOf(map: MapNode): string | undefined {
  if (identifiers.has(map)) return identifiers.get(map);
  const props = getValue(map, 'Properties');
  const id = literalString(props?.kind === 'map' ? getValue(props, 'Identifier') : undefined);
  identifiers.set(map, id);
  return id;
}

const identifiers = new WeakMap<MapNode, string | undefined>();

function addDependsOn(client: Resource, serverId: string, ctx: RuleContext): Fix {
  const map = client.resourceMap!;
  const current = getValue(map, 'DependsOn');
  const title = `Add DependsOn: ${serverId}`;
  if (current?.kind === 'seq') return { title, edits: [ctx.edits.appendItem(current, serverId)] };
  const single = literalString(current);
  if (single !== undefined && current) return { title, edits: [ctx.edits.replace(current, [single, serverId])] };
  return { title, edits: [ctx.edits.setProperty(map, 'DependsOn', serverId)] };
}
