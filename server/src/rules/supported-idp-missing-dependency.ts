import { asSeq, getPair, getValue, literalString, stringItems } from '../model/nodes';
import type { Resource } from '../model/types';
import { dependsOn, references, templateProviders } from './common/idp';
import type { Fix, Rule, RuleContext } from './types';

export const supportedIdpMissingDependency: Rule = {
  id: 'cognito/supported-idp-missing-dependency',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const providers = templateProviders(client);
    if (providers.length === 0) return [];
    const depends = dependsOn(client);
    return stringItems(getValue(client.props, 'SupportedIdentityProviders')).flatMap((item) => {
      const provider = providers.find((p) => p.providerName === item.value);
      if (!provider) return [];
      const id = provider.entry.logicalId;
      if (depends.has(id) || references(client.resourceMap, id)) return [];
      return [ctx.problem(item.node, `CloudFormation may create the client before this identity provider and fail with "provider does not exist": add DependsOn: ${id} (or use !Ref ${id})`,
        ...dependsOnFix(client, ctx, id))];
    });
  },
};

function dependsOnFix(client: Resource, ctx: RuleContext, logicalId: string): Fix[] {
  const map = client.resourceMap;
  if (!map) return [];
  const title = `Add DependsOn: ${logicalId}`;
  const pair = getPair(map, 'DependsOn');
  const seq = asSeq(pair?.value);
  if (seq) return [{ title, edits: [ctx.edits.appendItem(seq, logicalId)] }];
  const single = literalString(pair?.value);
  if (pair?.value && single !== undefined) return [{ title, edits: [ctx.edits.replace(pair.value, [single, logicalId])] }];
  if (pair) return [];
  return [{ title, edits: [ctx.edits.insertProperty(map, 'DependsOn', logicalId)] }];
}
