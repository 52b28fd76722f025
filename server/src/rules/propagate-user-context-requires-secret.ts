import { getPair, literalBool } from '../model/nodes';
import { hasSecret } from './common/client';
import type { Fix, Rule } from './types';

export const propagateUserContextRequiresSecret: Rule = {
  id: 'cognito/propagate-user-context-requires-secret',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getPair(client.props, 'EnablePropagateAdditionalUserContextData')?.value;
    if (!client.props || literalBool(node) !== true || !node || hasSecret(client) !== false) return [];
    if (client.format === 'describe:DescribeUserPoolClient') {
      return [ctx.problem(node, 'EnablePropagateAdditionalUserContextData only works for a client with a secret, and this client has none: turn it off or create a client with a secret')];
    }
    const fixes: Fix[] = [
      { title: 'Set EnablePropagateAdditionalUserContextData: false', edits: [ctx.edits.replace(node, false)] },
      { title: 'Set GenerateSecret: true', edits: [ctx.edits.setProperty(client.props, 'GenerateSecret', true)] },
    ];
    return [ctx.problem(node, 'EnablePropagateAdditionalUserContextData needs a client secret: set GenerateSecret: true or turn it off', ...fixes)];
  },
};
