import { asSeq, getPair } from '../model/nodes';
import type { Rule } from './types';

const MAX_SCOPES = 100;

export const resourceServerTooManyScopes: Rule = {
  id: 'cognito/resource-server-too-many-scopes',
  appliesTo: ['resource-server'],
  check(server, ctx) {
    const pair = getPair(server.props, 'Scopes');
    const seq = asSeq(pair?.value);
    if (!pair || !seq) return [];
    // Intrinsic items (`!If [..., AWS::NoValue]`) may vanish: count only the literal scopes.
    const count = seq.items.filter((i) => i.kind === 'map').length;
    if (count <= MAX_SCOPES) return [];
    return [ctx.problem(pair.keySpan, `A resource server can have at most ${MAX_SCOPES} scopes (a fixed quota): split them across resource servers; this one has ${count}`)];
  },
};
