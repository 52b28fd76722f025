import { getPair, literalNumber } from '../model/nodes';
import { tokenUnit, TIME_UNITS } from './common/token-validity';
import type { Rule } from './types';

const THIRTY_DAYS = 30 * 86400;

export const refreshTokenValidityZero: Rule = {
  id: 'cognito/refresh-token-validity-zero',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getPair(client.props, 'RefreshTokenValidity')?.value;
    if (!node || node.kind !== 'scalar' || literalNumber(node) !== 0) return [];
    const unit = tokenUnit(client, 'RefreshToken');
    const fixes = unit && client.format !== 'describe:DescribeUserPoolClient'
      ? [{ title: `Set RefreshTokenValidity: ${THIRTY_DAYS / TIME_UNITS[unit]}`, edits: [ctx.edits.replace(node, THIRTY_DAYS / TIME_UNITS[unit])] }]
      : [];
    return [ctx.problem(node, 'RefreshTokenValidity 0 is silently replaced by the default of 30 days: set the validity you want (60 minutes to 10 years)', ...fixes)];
  },
};
