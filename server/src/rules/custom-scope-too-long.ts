import { getValue, literalString } from '../model/nodes';
import { scopeItems } from './common/resource-server';
import type { Problem, Rule } from './types';

const MAX_SCOPE = 256;

export const customScopeTooLong: Rule = {
  id: 'cognito/custom-scope-too-long',
  appliesTo: ['resource-server'],
  check(server, ctx) {
    const identifier = literalString(getValue(server.props, 'Identifier'));
    // An identifier that is itself too long is cognito/resource-server-field-invalid's finding.
    if (identifier === undefined || identifier.length === 0 || identifier.length > MAX_SCOPE) return [];
    const problems: Problem[] = [];
    for (const item of scopeItems(server)) {
      const node = getValue(item.map, 'ScopeName');
      const name = literalString(node);
      if (!node || name === undefined || name.length === 0 || name.length > MAX_SCOPE) continue;
      const length = identifier.length + 1 + name.length;
      if (length <= MAX_SCOPE) continue;
      problems.push(ctx.problem(node, `The custom scope <Identifier>/${name} is longer than the ${MAX_SCOPE} characters an app client's AllowedOAuthScopes accepts, so no client can use it: shorten the Identifier or the ScopeName; it has ${length}`));
    }
    return problems;
  },
};
