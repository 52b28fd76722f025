import { asMap, asSeq, getPair, getValue, listState, refTarget } from '../model/nodes';
import { templateProviders } from './common/idp';
import type { Problem, Rule } from './types';

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
    const idps = asSeq(getValue(client.props, 'SupportedIdentityProviders'))?.items ?? [];
    const providers = templateProviders(client);
    const missing = new Map<string, string>();
    for (const item of idps) {
      const ref = refTarget(item);
      const name = item.kind === 'scalar' ? String(item.value) : undefined;
      const provider = providers.find((p) => (ref !== undefined && p.entry.logicalId === ref) || (name !== undefined && p.providerName === name));
      const mapping = asMap(getValue(asMap(getValue(provider?.entry.map, 'Properties')), 'AttributeMapping'));
      for (const m of mapping?.pairs ?? []) {
        if (!NOT_WRITABLE.has(m.key) && !writes.values.includes(m.key) && !missing.has(m.key)) missing.set(m.key, provider?.providerName ?? provider!.entry.logicalId);
      }
    }
    const problems: Problem[] = [];
    for (const [attribute, provider] of missing) {
      problems.push(ctx.problem(pair.keySpan, `Identity provider ${provider} maps this attribute, and federated sign-in fails when the client cannot write it: add it to WriteAttributes: ${attribute}`,
        { title: `Add ${attribute} to WriteAttributes`, edits: [ctx.edits.appendItem(seq, attribute)] }));
    }
    return problems;
  },
};
