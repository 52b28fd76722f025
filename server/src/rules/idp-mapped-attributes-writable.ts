import { asMap, asSeq, getPair, getValue, listState, refTarget } from '../model/nodes';
import type { Resource } from '../model/types';
import { templateProviders } from './common/idp';
import type { Rule } from './types';

/** Mapping targets that are not attributes a client writes. */
const NOT_WRITABLE = new Set(['username', 'sub']);

export const idpMappedAttributesWritable: Rule = {
  id: 'cognito/idp-mapped-attributes-writable',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const pair = getPair(client.props, 'WriteAttributes');
    const writes = listState(client.props, 'WriteAttributes');
    const seq = asSeq(pair?.value);
    if (!pair || !seq || writes.state !== 'known') return [];
    const missing = new Map<string, string>();
    for (const { name, mapped } of usedProviderMappings(client)) {
      for (const attribute of mapped) {
        if (!NOT_WRITABLE.has(attribute) && !writes.values.includes(attribute) && !missing.has(attribute)) missing.set(attribute, name);
      }
    }
    return [...missing].map(([attribute, provider]) =>
      ctx.problem(pair.keySpan, `Identity provider ${provider} maps this attribute, and federated sign-in fails when the client cannot write it: add it to WriteAttributes: ${attribute}`,
        { title: `Add ${attribute} to WriteAttributes`, edits: [ctx.edits.appendItem(seq, attribute)] }));
  },
};

/** The user-pool attributes mapped by each template IdP that the client lists (by name or by `!Ref`). */
function usedProviderMappings(client: Resource): { name: string; mapped: string[] }[] {
  const providers = templateProviders(client);
  const out: { name: string; mapped: string[] }[] = [];
  for (const item of asSeq(getValue(client.props, 'SupportedIdentityProviders'))?.items ?? []) {
    const ref = refTarget(item);
    const literal = item.kind === 'scalar' ? String(item.value) : undefined;
    const provider = providers.find((p) => (ref !== undefined && p.entry.logicalId === ref) || (literal !== undefined && p.providerName === literal));
    if (!provider) continue;
    const mapping = asMap(getValue(asMap(getValue(provider.entry.map, 'Properties')), 'AttributeMapping'));
    out.push({ name: provider.providerName ?? provider.entry.logicalId, mapped: (mapping?.pairs ?? []).map((m) => m.key) });
  }
  return out;
}
