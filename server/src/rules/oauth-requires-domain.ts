import { cfnPoolRef } from '../model/detect';
import { asMap, getPair, getValue } from '../model/nodes';
import type { Resource } from '../model/types';
import { flows } from './common/client';
import { referencedIds } from './common/scopes';
import type { Rule } from './types';

export const oauthRequiresDomain: Rule = {
  id: 'cognito/oauth-requires-domain',
  appliesTo: ['app-client', 'user-pool'],
  check(client, ctx) {
    const template = client.template;
    const poolId = client.pool?.logicalId;
    // Only a pool declared in this template is known to lack a domain; an imported pool may have one already.
    if (client.kind !== 'app-client' || !template || !poolId || template.resources.get(poolId)?.type !== 'AWS::Cognito::UserPool') return [];
    const f = flows(client);
    if ((f.state !== 'known' && f.state !== 'partial') || f.seq.items.length === 0) return [];
    if (hasDomain(client, poolId)) return [];
    const key = getPair(client.props, 'AllowedOAuthFlows')!.keySpan;
    return [ctx.problem(key, `OAuth flows need a user pool domain (the /oauth2 endpoints live there), and this template declares none for the pool: add an AWS::Cognito::UserPoolDomain for ${poolId}`)];
  },
};

function hasDomain(client: Resource, poolId: string): boolean {
  const template = client.template!;
  for (const entry of template.resources.values()) {
    const props = asMap(getValue(entry.map, 'Properties'));
    if (entry.type === 'AWS::Cognito::UserPoolDomain') {
      if (cfnPoolRef(client.uri, template, getValue(props, 'UserPoolId'))?.key === client.pool?.key) return true;
    } else if (/^Custom::.*Domain/i.test(entry.type) && referencedIds(props).has(poolId)) {
      // A custom resource that creates the domain (written before CloudFormation supported domains).
      return true;
    }
  }
  return false;
}
