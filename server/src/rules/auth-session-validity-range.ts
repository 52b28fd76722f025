import { getPair, literalNumber, literalString } from '../model/nodes';
import type { Rule } from './types';

export const authSessionValidityRange: Rule = {
  id: 'cognito/auth-session-validity-range',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getPair(client.props, 'AuthSessionValidity')?.value;
    if (!node || node.kind === 'intrinsic' || (node.kind === 'scalar' && node.value === null)) return [];
    const value = literalNumber(node);
    if (value !== undefined && Number.isInteger(value) && value >= 3 && value <= 15) return [];
    const fixes = value !== undefined && (value < 3 || value > 15) && client.format !== 'describe:DescribeUserPoolClient'
      ? [{ title: `Set AuthSessionValidity: ${value < 3 ? 3 : 15}`, edits: [ctx.edits.replace(node, value < 3 ? 3 : 15)] }]
      : [];
    return [ctx.problem(node, `AuthSessionValidity is in minutes and must be a whole number from 3 to 15: ${literalString(node) ?? 'not a number'}`, ...fixes)];
  },
};
