import { getPair, literalNumber, literalString } from '../model/nodes';
import { describeDuration, tokenUnit, TIME_UNITS } from './common/token-validity';
import type { Rule } from './types';

const MIN = 3600;
const MAX = 315360000;

export const refreshTokenValidityRange: Rule = {
  id: 'cognito/refresh-token-validity-range',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getPair(client.props, 'RefreshTokenValidity')?.value;
    if (!node || node.kind === 'intrinsic' || (node.kind === 'scalar' && node.value === null)) return [];
    const value = literalNumber(node);
    // 0 is a warning of its own in API inputs (replaced by 30 days); CloudFormation's schema minimum is 1.
    if (value === 0 && client.format !== 'cfn') return [];
    const min = client.format === 'cfn' ? 1 : 0;
    if (value === undefined || !Number.isInteger(value) || value < min || value > MAX) {
      return [ctx.problem(node, `RefreshTokenValidity must be a whole number from ${min} to 315360000: ${literalString(node) ?? 'not a number'}`)];
    }
    const unit = tokenUnit(client, 'RefreshToken');
    if (unit === undefined) return [];
    const seconds = value * TIME_UNITS[unit];
    if (seconds >= MIN && seconds <= MAX) return [];
    const bound = seconds < MIN ? 'shorter than 60 minutes' : 'longer than 10 years';
    return [ctx.problem(node, `RefreshTokenValidity must be 60 minutes to 10 years (3650 days) in its unit (TokenValidityUnits.RefreshToken, default days); this is ${bound}: ${describeDuration(value, unit)}`)];
  },
};
