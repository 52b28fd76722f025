import { asSeq, getPair } from '../model/nodes';
import type { Rule } from './types';

export const updateResourceServerResetsScopes: Rule = {
  id: 'cognito/update-resource-server-resets-scopes',
  appliesTo: ['resource-server'],
  check(server, ctx) {
    if (!server.props) return [];
    const pair = getPair(server.props, 'Scopes');
    const why = 'UpdateResourceServer replaces the scopes, and clients keep removed scopes only as inactive ones that never reach tokens: list every scope to keep';
    if (!pair) return [ctx.problem(server.anchor, `${why}; Scopes is omitted, so all scopes are removed`)];
    const seq = asSeq(pair.value);
    if (!seq || seq.items.length > 0) return [];
    return [ctx.problem(seq, `${why}; Scopes is empty, so all scopes are removed`)];
  },
};
