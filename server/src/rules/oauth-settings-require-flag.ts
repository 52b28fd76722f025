import { getPair, listState } from '../model/nodes';
import { oauthFlag } from './common/client';
import type { Fix, Rule } from './types';

const OAUTH_LISTS = ['AllowedOAuthFlows', 'AllowedOAuthScopes', 'CallbackURLs', 'LogoutURLs'] as const;

export const oauthSettingsRequireFlag: Rule = {
  id: 'cognito/oauth-settings-require-flag',
  appliesTo: ['app-client'],
  check(client, ctx) {
    if (oauthFlag(client) !== false || !client.props) return [];
    const set = OAUTH_LISTS.filter((key) => {
      const list = listState(client.props, key);
      return (list.state === 'known' || list.state === 'partial') && list.seq.items.length > 0;
    });
    if (set.length === 0) return [];
    const flag = getPair(client.props, 'AllowedOAuthFlowsUserPoolClient');
    const at = flag?.value ?? flag?.keySpan ?? getPair(client.props, set[0])!.keySpan;
    const fixes: Fix[] = client.format === 'describe:DescribeUserPoolClient'
      ? []
      : [{ title: 'Set AllowedOAuthFlowsUserPoolClient: true', edits: [ctx.edits.setProperty(client.props, 'AllowedOAuthFlowsUserPoolClient', true)] }];
    const state = flag ? 'is false' : 'is not set (it defaults to false)';
    return [ctx.problem(at, `OAuth settings have no effect while AllowedOAuthFlowsUserPoolClient ${state}: set it to true to use ${set.join(', ')}`, ...fixes)];
  },
};
