import type { Resource } from '../model/types';
import type { ExternalScopes, WorkspaceIndex } from '../model/workspace-index';
import { asMap, asSeq, getValue, literalString } from '../model/nodes';
import { hasFlow, STANDARD_SCOPES } from '../rules/common/client';
import { poolFacts } from '../rules/common/pool';
import type { FieldSchema } from '../schemas';

/** A value to offer, before it is formatted for JSON or YAML. */
export interface ValueChoice {
  value: string | number | boolean;
  kind: 'value' | 'scope' | 'enum';
  detail?: string;
  documentation?: string;
}

export const BUILT_IN_PROVIDERS = ['COGNITO', 'Facebook', 'Google', 'SignInWithApple', 'LoginWithAmazon'];

export interface DeclaredScope {
  scope: string;
  identifier: string;
  name: string;
  description?: string;
  /** Where it comes from: a resource-server resource of the workspace, or a live pool. */
  source: { resource: Resource } | { poolId: string; serverName?: string };
}

/** Custom scopes declared for the resource's pool: resource servers in the workspace, then live pools. */
export function declaredScopes(resource: Resource, index: WorkspaceIndex): DeclaredScope[] {
  const out: DeclaredScope[] = [];
  for (const server of poolFacts(resource, index)?.resourceServers ?? []) {
    const identifier = literalString(getValue(server.props, 'Identifier'));
    if (identifier === undefined) continue;
    for (const item of asSeq(getValue(server.props, 'Scopes'))?.items ?? []) {
      const map = asMap(item);
      const name = literalString(getValue(map, 'ScopeName'));
      if (name !== undefined) out.push({ scope: `${identifier}/${name}`, identifier, name, description: literalString(getValue(map, 'ScopeDescription')), source: { resource: server } });
    }
  }
  const poolId = resource.pool?.literalId;
  const external = poolId ? index.getExternal(poolId) : undefined;
  for (const server of external?.resourceServers ?? []) {
    for (const s of server.scopes) {
      out.push({ scope: `${server.identifier}/${s.name}`, identifier: server.identifier, name: s.name, description: s.description, source: { poolId: external!.poolId, serverName: server.name } });
    }
  }
  return out;
}

export function scopeSourceLabel(s: DeclaredScope): string {
  if ('resource' in s.source) {
    const r = s.source.resource;
    const name = literalString(getValue(r.props, 'Name'));
    return `resource server ${r.logicalId ?? name ?? s.identifier}`;
  }
  return `resource server ${s.source.serverName ?? s.identifier} (live pool ${s.source.poolId})`;
}

/** Scopes for `AllowedOAuthScopes`: a client_credentials client gets only custom scopes, the others standard first. */
export function scopeChoices(client: Resource, index: WorkspaceIndex, standardDocs: Record<string, string> = {}): ValueChoice[] {
  const custom = customScopeChoices(client, index);
  if (hasFlow(client, 'client_credentials')) return custom;
  const standard: ValueChoice[] = STANDARD_SCOPES.map((s) => ({ value: s, kind: 'scope', detail: 'standard scope', documentation: standardDocs[s] }));
  return [...standard, ...custom];
}

/** The custom scope choices of a pool, by its resource-server list and the live pool's scopes they were built from. */
const scopeMemo = new WeakMap<readonly Resource[], { external: ExternalScopes | undefined; choices: ValueChoice[] }>();

/**
 * The pool's custom scopes as choices, deduplicated, built once per resource-server list (the index keeps a
 * pool's list while none of its servers changes, typing in a client included) and live scopes: a template with a
 * thousand resource servers is not walked again on each completion request. Callers must not mutate the result.
 */
export function customScopeChoices(client: Resource, index: WorkspaceIndex): ValueChoice[] {
  const servers = poolFacts(client, index)?.resourceServers;
  const poolId = client.pool?.literalId;
  const external = poolId ? index.getExternal(poolId) : undefined;
  const memo = servers && scopeMemo.get(servers);
  if (memo && memo.external === external) return memo.choices;
  const seen = new Set<string>();
  const choices: ValueChoice[] = [];
  for (const s of declaredScopes(client, index)) {
    if (seen.has(s.scope)) continue;
    seen.add(s.scope);
    choices.push({ value: s.scope, kind: 'scope', detail: `custom scope · ${scopeSourceLabel(s)}`, documentation: s.description });
  }
  if (servers) scopeMemo.set(servers, { external, choices });
  return choices;
}

/** Providers for `SupportedIdentityProviders`: the built-in names and the pool's SAML/OIDC/social providers. */
export function providerChoices(client: Resource, index: WorkspaceIndex): ValueChoice[] {
  const out: ValueChoice[] = BUILT_IN_PROVIDERS.map((p) => ({ value: p, kind: 'enum', detail: p === 'COGNITO' ? 'the user pool directory' : 'built-in provider' }));
  for (const idp of poolFacts(client, index)?.identityProviders ?? []) {
    const name = literalString(getValue(idp.props, 'ProviderName'));
    const type = literalString(getValue(idp.props, 'ProviderType'));
    if (name && !out.some((c) => c.value === name)) out.push({ value: name, kind: 'value', detail: `identity provider${type ? ` (${type})` : ''}${idp.logicalId ? ` · ${idp.logicalId}` : ''}` });
  }
  return out;
}

/** Values from a field's schema: its enum (or its items' enum), or true/false. */
export function schemaChoices(schema: FieldSchema | undefined, owner?: FieldSchema): ValueChoice[] {
  if (!schema) return [];
  const docs = owner?.['x-enum-descriptions'] ?? schema['x-enum-descriptions'] ?? {};
  if (schema.enum) return schema.enum.map((v) => ({ value: v, kind: 'enum', documentation: docs[String(v)] }));
  if (schema.type === 'boolean') {
    return [true, false].map((v) => ({ value: v, kind: 'value', detail: schema.default === v ? 'default' : undefined }));
  }
  return [];
}
