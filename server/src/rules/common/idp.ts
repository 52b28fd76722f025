import type { Node } from '../../parse/types';
import type { CfnResourceEntry, Resource, Template } from '../../model/types';
import { asMap, asSeq, getValue, literalString } from '../../model/nodes';

export const BUILT_IN_PROVIDERS = ['COGNITO', 'Facebook', 'Google', 'SignInWithApple', 'LoginWithAmazon'] as const;

/** AWS::Cognito::UserPoolIdentityProvider resources of the client's template, with their literal ProviderName. */
export function templateProviders(client: Resource): { entry: CfnResourceEntry; providerName?: string }[] {
  const template = client.template;
  if (!template) return [];
  // The same for every client of the template: computed once per template (perf). Keyed by the resources
  // map, a new one per version of the template: reading it tells the rule cache the result depends on it.
  const resources = template.resources;
  const known = providersOf.get(resources);
  if (known) return known;
  const out: { entry: CfnResourceEntry; providerName?: string }[] = [];
  providersOf.set(resources, out);
  for (const entry of resources.values()) {
    if (entry.type !== 'AWS::Cognito::UserPoolIdentityProvider') continue;
    out.push({ entry, providerName: literalString(getValue(asMap(getValue(entry.map, 'Properties')), 'ProviderName')) });
  }
  return out;
}

const providersOf = new WeakMap<Template['resources'], { entry: CfnResourceEntry; providerName?: string }[]>();

/** Logical ids named by the resource's `DependsOn` (a string or a list). */
export function dependsOn(resource: Resource): Set<string> {
  const value = getValue(resource.resourceMap, 'DependsOn');
  const single = literalString(value);
  if (single !== undefined) return new Set([single]);
  return new Set((asSeq(value)?.items ?? []).map((n) => literalString(n)).filter((s): s is string => s !== undefined));
}

/** Whether `node` contains a `Ref`/`Fn::GetAtt` to `logicalId`, or a `${logicalId}` inside `Fn::Sub`. */
export function references(node: Node | undefined, logicalId: string): boolean {
  if (!node) return false;
  switch (node.kind) {
    case 'scalar':
      return false;
    case 'map':
      return node.pairs.some((p) => references(p.value, logicalId));
    case 'seq':
      return node.items.some((n) => references(n, logicalId));
    case 'intrinsic': {
      if (node.fn === 'Ref' && literalString(node.arg) === logicalId) return true;
      if (node.fn === 'Fn::GetAtt') {
        const s = literalString(node.arg) ?? literalString(asSeq(node.arg)?.items[0]);
        if (s !== undefined && s.split('.')[0] === logicalId) return true;
      }
      if (node.fn === 'Fn::Sub') {
        const text = literalString(node.arg) ?? literalString(asSeq(node.arg)?.items[0]);
        if (text !== undefined && text.includes(`\${${logicalId}}`)) return true;
      }
      return references(node.arg, logicalId);
    }
  }
}
