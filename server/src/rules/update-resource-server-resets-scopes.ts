import { asSeq, getPair, getValue, literalString } from '../model/nodes';
import type { Resource } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';
import { toPlain } from './common/plain';
import type { Fix, Rule, RuleContext } from './types';

/** The describe-resource-server (or list-resource-servers) output of the same resource server, if any. */
function describeOf(server: Resource, index: WorkspaceIndex): Resource | undefined {
  const identifier = literalString(getValue(server.props, 'Identifier'));
  if (identifier === undefined) return undefined;
  const pool = literalString(getValue(server.props, 'UserPoolId'));
  return index.allResources().find((r) =>
    r !== server && r.format === 'describe:DescribeResourceServer' && literalString(getValue(r.props, 'Identifier')) === identifier
    && (pool === undefined || literalString(getValue(r.props, 'UserPoolId')) === pool));
}

function keepScopes(server: Resource, current: Resource | undefined, ctx: RuleContext): Fix[] {
  const scopes = asSeq(getValue(current?.props, 'Scopes'));
  if (!server.props || !scopes || scopes.items.length === 0) return [];
  return [{ title: 'Add the current scopes', edits: [ctx.edits.setProperty(server.props, 'Scopes', toPlain(scopes))] }];
}

export const updateResourceServerResetsScopes: Rule = {
  id: 'cognito/update-resource-server-resets-scopes',
  appliesTo: ['resource-server'],
  check(server, ctx) {
    if (!server.props) return [];
    const current = describeOf(server, ctx.index);
    // When the deployed server has no scopes, sending none loses nothing.
    if (current && (asSeq(getValue(current.props, 'Scopes'))?.items.length ?? 0) === 0) return [];
    const pair = getPair(server.props, 'Scopes');
    const why = 'UpdateResourceServer replaces the scopes, and clients keep removed scopes only as inactive ones that never reach tokens: list every scope to keep';
    if (!pair) return [ctx.problem(server.anchor, `${why}; Scopes is omitted, so all scopes are removed`, ...keepScopes(server, current, ctx))];
    const seq = asSeq(pair.value);
    if (!seq || seq.items.length > 0) return [];
    return [ctx.problem(seq, `${why}; Scopes is empty, so all scopes are removed`, ...keepScopes(server, current, ctx))];
  },
};
