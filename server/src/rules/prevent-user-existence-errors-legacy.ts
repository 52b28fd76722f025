import { getPair, literalString } from '../model/nodes';
import type { Rule } from './types';

export const preventUserExistenceErrorsLegacy: Rule = {
  id: 'cognito/prevent-user-existence-errors-legacy',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const pair = getPair(client.props, 'PreventUserExistenceErrors');
    const value = pair?.value;
    const omitted = !pair || value === undefined || (value.kind === 'scalar' && value.value === null);
    if (!omitted && literalString(value) !== 'LEGACY') return [];
    const describe = client.format === 'describe:DescribeUserPoolClient';
    const fixes = describe || !client.props ? [] : [{ title: 'Set PreventUserExistenceErrors: ENABLED', edits: [ctx.edits.setProperty(client.props, 'PreventUserExistenceErrors', 'ENABLED')] }];
    const what = omitted ? 'PreventUserExistenceErrors is omitted, so it is LEGACY' : 'PreventUserExistenceErrors is LEGACY';
    const todo = describe ? 'update the client with PreventUserExistenceErrors: ENABLED' : 'set PreventUserExistenceErrors: ENABLED';
    return [ctx.problem(omitted ? client.anchor : value!, `${what}: sign-in and password-recovery errors reveal whether a user exists; ${todo}`, ...fixes)];
  },
};
