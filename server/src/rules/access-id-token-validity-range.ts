import { getPair, literalNumber, literalString } from '../model/nodes';
import type { Resource } from '../model/types';
import { describeDuration, tokenUnit, TIME_UNITS, unitsMap, VALIDITY_FIELD, type TokenKind } from './common/token-validity';
import type { Fix, Problem, Rule, RuleContext } from './types';

const MIN = 300;
const MAX = 86400;

export const accessIdTokenValidityRange: Rule = {
  id: 'cognito/access-id-token-validity-range',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return (['AccessToken', 'IdToken'] as const).flatMap((token) => checkToken(client, ctx, token));
  },
};

function checkToken(client: Resource, ctx: RuleContext, token: TokenKind): Problem[] {
  const field = VALIDITY_FIELD[token];
  const node = getPair(client.props, field)?.value;
  if (!node || node.kind === 'intrinsic' || (node.kind === 'scalar' && node.value === null)) return [];
  const value = literalNumber(node);
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 86400) {
    return [ctx.problem(node, `${field} must be a whole number from 1 to 86400: ${literalString(node) ?? 'not a number'}`)];
  }
  const unit = tokenUnit(client, token);
  if (unit === undefined) return [];
  const seconds = value * TIME_UNITS[unit];
  if (seconds >= MIN && seconds <= MAX) return [];
  const fixes: Fix[] = [];
  // The classic mistake: minutes meant, but the unit defaults to hours.
  if (unit === 'hours' && value * 60 >= MIN && value * 60 <= MAX && client.props) {
    const units = unitsMap(client);
    const edit = units ? ctx.edits.setProperty(units, token, 'minutes') : ctx.edits.setProperty(client.props, 'TokenValidityUnits', { [token]: 'minutes' });
    fixes.push({ title: `Set TokenValidityUnits.${token}: minutes`, edits: [edit] });
  }
  const bound = seconds < MIN ? 'shorter than 5 minutes' : 'longer than 1 day';
  return [ctx.problem(node, `${field} must be 5 minutes to 1 day in its unit (TokenValidityUnits.${token}, default hours); this is ${bound}: ${describeDuration(value, unit)}`, ...fixes)];
}
