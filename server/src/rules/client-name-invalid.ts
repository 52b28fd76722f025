import { getValue, literalString } from '../model/nodes';
import type { Fix, Rule } from './types';

// The service model's [\w\s+=,.@-]+, with \w and \s in their ASCII (Java) sense.
const CLIENT_NAME = /^[A-Za-z0-9_ \t\n\x0B\f\r+=,.@-]+$/;

export const clientNameInvalid: Rule = {
  id: 'cognito/client-name-invalid',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getValue(client.props, 'ClientName');
    const name = literalString(node);
    if (name === undefined || node?.kind !== 'scalar') return [];
    const length = [...name].length;
    if (length < 1) return [ctx.problem(node, 'ClientName must not be empty: give the client a name of 1 to 128 characters')];
    if (length > 128) return [ctx.problem(node, `ClientName is too long: use at most 128 characters (it has ${length})`)];
    if (CLIENT_NAME.test(name)) return [];
    const bad = [...new Set([...name].filter((c) => !CLIENT_NAME.test(c)))].join(' ');
    const fixes: Fix[] = [];
    // `${Env}` in a plain string is a CloudFormation substitution the author forgot to wrap in Fn::Sub.
    if (client.format === 'cfn' && /\$\{[^}]+\}/.test(name)) {
      const sub = ctx.doc.syntax === 'json' ? `{"Fn::Sub": ${JSON.stringify(name)}}` : `!Sub ${ctx.edits.format(name)}`;
      fixes.push({ title: 'Wrap in !Sub', edits: [ctx.edits.replaceText(node, sub)] });
    }
    return [ctx.problem(node, `ClientName may contain only letters, digits, spaces and _ + = , . @ -: remove ${bad}`, ...fixes)];
  },
};
