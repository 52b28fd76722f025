import type { Resource } from '../../model/types';
import type { MapNode } from '../../parse/types';
import { getPair, getValue, listState, literalBool, literalString, type ListState } from '../../model/nodes';

export const STANDARD_SCOPES = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'] as const;
export const OAUTH_FLOWS = ['code', 'implicit', 'client_credentials'] as const;

export function isStandardScope(scope: string): boolean {
  return (STANDARD_SCOPES as readonly string[]).includes(scope);
}

/** A custom scope `<identifier>/<name>`, split at the last `/` (identifiers may contain `/`, names may not). */
export function splitCustomScope(scope: string): { identifier: string; name: string } | undefined {
  const slash = scope.lastIndexOf('/');
  if (slash < 0) return undefined;
  return { identifier: scope.slice(0, slash), name: scope.slice(slash + 1) };
}

export function flows(client: Resource): ListState {
  return listOf(client.props, 'AllowedOAuthFlows', flowLists);
}

export function scopes(client: Resource): ListState {
  return listOf(client.props, 'AllowedOAuthScopes', scopeLists);
}

/** A list property of the client, once per properties node: many rules ask, and a node's values never change (perf). */
function listOf(props: MapNode | undefined, key: string, memo: WeakMap<MapNode, ListState>): ListState {
  if (!props) return listState(props, key);
  let state = memo.get(props);
  if (!state) {
    state = listState(props, key);
    memo.set(props, state);
  }
  return state;
}

const flowLists = new WeakMap<MapNode, ListState>();
const scopeLists = new WeakMap<MapNode, ListState>();

/** True when the literal flow list contains the flow (intrinsic lists are unknown → false). */
export function hasFlow(client: Resource, flow: string): boolean {
  const f = flows(client);
  return (f.state === 'known' || f.state === 'partial') && f.values.includes(flow);
}

/**
 * Whether the client has a secret, as far as the document tells: `true`/`false`, or `undefined` when it cannot
 * be known (an update input, or GenerateSecret given by an intrinsic).
 */
export function hasSecret(client: Resource): boolean | undefined {
  const props = client.props;
  if (client.format === 'describe:DescribeUserPoolClient') return getPair(props, 'ClientSecret') !== undefined;
  if (client.format === 'api:UpdateUserPoolClient') return undefined;
  const gen = getPair(props, 'GenerateSecret');
  if (gen?.value && gen.value.kind !== 'scalar') return undefined;
  if (literalBool(gen?.value) === true) return true;
  if (client.format === 'api:CreateUserPoolClient' && literalString(getValue(props, 'ClientSecret'))) return true;
  return false;
}

/** `AllowedOAuthFlowsUserPoolClient`: true, false (also when omitted: the default), or undefined for an intrinsic. */
export function oauthFlag(client: Resource): boolean | undefined {
  const pair = getPair(client.props, 'AllowedOAuthFlowsUserPoolClient');
  if (!pair || pair.value === undefined) return false;
  return literalBool(pair.value);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase());
}

/** Parses an absolute URI leniently; undefined when there is no scheme. */
export function parseUri(value: string): { scheme: string; host: string; hasFragment: boolean } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/([^/?#]*))?/.exec(value);
  if (!m) return undefined;
  const authority = m[3] ?? '';
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.split(':')[0];
  return { scheme: m[1].toLowerCase(), host, hasFragment: value.includes('#') };
}
