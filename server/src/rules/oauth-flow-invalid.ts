import { getPair, listState, stringItems, getValue } from '../model/nodes';
import { OAUTH_FLOWS } from './common/client';
import { closest } from './common/suggest';
import type { Fix, Problem, Rule } from './types';

// Grant and response types people write where Cognito wants its flow names.
const MEANT: Record<string, string> = {
  token: 'implicit',
  authorization_code: 'code',
  'authorization-code': 'code',
  authorizationcode: 'code',
  'client-credentials': 'client_credentials',
  clientcredentials: 'client_credentials',
};

export const oauthFlowInvalid: Rule = {
  id: 'cognito/oauth-flow-invalid',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const problems: Problem[] = [];
    const list = listState(client.props, 'AllowedOAuthFlows');
    const pair = getPair(client.props, 'AllowedOAuthFlows');
    if ((list.state === 'known' || list.state === 'partial') && list.seq.items.length > 3 && pair) {
      problems.push(ctx.problem(pair.keySpan, `AllowedOAuthFlows has more than 3 items: list each of code, implicit, client_credentials at most once (it has ${list.seq.items.length})`));
    }
    for (const item of stringItems(getValue(client.props, 'AllowedOAuthFlows'))) {
      if ((OAUTH_FLOWS as readonly string[]).includes(item.value)) continue;
      const meant = MEANT[item.value.toLowerCase()] ?? closest(item.value, OAUTH_FLOWS);
      const fixes: Fix[] = meant ? [{ title: `Replace with ${meant}`, edits: [ctx.edits.replace(item.node, meant)] }] : [];
      problems.push(ctx.problem(item.node, `Not an OAuth flow Cognito knows: use code, implicit or client_credentials (case-sensitive), not ${item.value}`, ...fixes));
    }
    return problems;
  },
};
