import { asMap, asSeq, getPair, getValue, literalString } from '../model/nodes';
import { authFlowItems, authFlows, DEFAULT_AUTH_FLOWS } from './common/auth-flows';
import type { Rule } from './types';

export const refreshRotationDisallowsRefreshTokenAuth: Rule = {
  id: 'cognito/refresh-rotation-disallows-refresh-token-auth',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const feature = getPair(asMap(getValue(client.props, 'RefreshTokenRotation')), 'Feature');
    if (literalString(feature?.value) !== 'ENABLED' || !feature?.value || !client.props) return [];
    const flows = authFlows(client);
    if (flows.state === 'absent') {
      // Omitting ExplicitAuthFlows enables the defaults, ALLOW_REFRESH_TOKEN_AUTH among them.
      const rest = DEFAULT_AUTH_FLOWS.filter((f) => f !== 'ALLOW_REFRESH_TOKEN_AUTH');
      const fixes = client.format === 'describe:DescribeUserPoolClient'
        ? []
        : [{ title: `Set ExplicitAuthFlows: [${rest.join(', ')}]`, edits: [ctx.edits.setProperty(client.props, 'ExplicitAuthFlows', rest)] }];
      return [ctx.problem(feature.value, 'Refresh token rotation needs ALLOW_REFRESH_TOKEN_AUTH turned off, and omitted ExplicitAuthFlows include it: list the flows the app uses without ALLOW_REFRESH_TOKEN_AUTH', ...fixes)];
    }
    const item = authFlowItems(client).find((i) => i.value === 'ALLOW_REFRESH_TOKEN_AUTH');
    const seq = asSeq(getValue(client.props, 'ExplicitAuthFlows'));
    if (!item || !seq) return [];
    return [ctx.problem(item.node, 'Refresh token rotation needs ALLOW_REFRESH_TOKEN_AUTH turned off (refresh with GetTokensFromRefreshToken or the token endpoint): remove ALLOW_REFRESH_TOKEN_AUTH',
      { title: 'Remove ALLOW_REFRESH_TOKEN_AUTH', edits: [ctx.edits.removeItem(seq, item.index)] })];
  },
};
