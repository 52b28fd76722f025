import { getPair, literalBool, literalString } from '../model/nodes';
import type { Fix, Rule } from './types';

export const preventUserExistenceErrorsInvalid: Rule = {
  id: 'cognito/prevent-user-existence-errors-invalid',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const value = getPair(client.props, 'PreventUserExistenceErrors')?.value;
    if (!value || value.kind === 'intrinsic' || (value.kind === 'scalar' && value.value === null)) return [];
    const text = literalString(value);
    if (text === 'LEGACY' || text === 'ENABLED') return [];
    const upper = text?.toUpperCase();
    const fixes: Fix[] = [];
    if (upper === 'LEGACY') fixes.push({ title: 'Replace with LEGACY', edits: [ctx.edits.replace(value, 'LEGACY')] });
    else if (literalBool(value) !== false) fixes.push({ title: 'Set PreventUserExistenceErrors: ENABLED', edits: [ctx.edits.replace(value, 'ENABLED')] });
    else fixes.push({ title: 'Set PreventUserExistenceErrors: LEGACY', edits: [ctx.edits.replace(value, 'LEGACY')] }, { title: 'Set PreventUserExistenceErrors: ENABLED', edits: [ctx.edits.replace(value, 'ENABLED')] });
    return [ctx.problem(value, `PreventUserExistenceErrors must be ENABLED or LEGACY (upper-case): ${text ?? 'not a string'}`, ...fixes)];
  },
};
