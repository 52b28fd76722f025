import { cfnPoolRef } from '../model/detect';
import { asMap, getPair, getValue } from '../model/nodes';
import type { Resource, Template } from '../model/types';
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
  const domains = templateDomains(client.uri, client.template!);
  return domains.poolKeys.has(client.pool?.key) || domains.customRefs.has(poolId);
}

interface Domains {
  uri: string;
  /** The pool key of every AWS::Cognito::UserPoolDomain's UserPoolId (undefined when it names no known pool). */
  poolKeys: Set<string | undefined>;
  /** Every logical id a custom resource that creates a domain (written before CloudFormation supported domains) refers to. */
  customRefs: Set<string>;
}

/** The template's domains, once per template: the same for every client (perf). */
function templateDomains(uri: string, template: Template): Domains {
  const known = domainsOf.get(template);
  if (known && known.uri === uri) return known;
  const domains: Domains = { uri, poolKeys: new Set(), customRefs: new Set() };
  for (const entry of template.resources.values()) {
    // The type first: a template is mostly other resources (perf).
    if (entry.type === 'AWS::Cognito::UserPoolDomain') {
      domains.poolKeys.add(cfnPoolRef(uri, template, getValue(asMap(getValue(entry.map, 'Properties')), 'UserPoolId'))?.key);
    } else if (/^Custom::.*Domain/i.test(entry.type)) {
      for (const id of referencedIds(asMap(getValue(entry.map, 'Properties')))) domains.customRefs.add(id);
    }
  }
  domainsOf.set(template, domains);
  return domains;
}

const domainsOf = new WeakMap<Template, Domains>();
