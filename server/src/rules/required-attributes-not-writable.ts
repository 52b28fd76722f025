import { asSeq, getPair, listState } from '../model/nodes';
import { schemaAttributes } from './common/attributes';
import { poolResource } from './common/pool';
import type { Rule } from './types';

export const requiredAttributesNotWritable: Rule = {
  id: 'cognito/required-attributes-not-writable',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const pair = getPair(client.props, 'WriteAttributes');
    const writes = listState(client.props, 'WriteAttributes');
    // Omitted WriteAttributes grants write to everything; a list with intrinsic items cannot be checked.
    if (!pair || writes.state !== 'known') return [];
    const pool = poolResource(client, ctx.index);
    const schema = pool ? schemaAttributes(pool) : undefined;
    if (!schema) return [];
    const seq = asSeq(pair.value)!;
    return schema
      // `sub` is marked Required in every pool's schema but is never writable (former2 exports list it).
      .filter((a) => a.required && !a.developerOnly && a.name !== 'sub' && !writes.values.includes(a.name))
      .map((a) => ctx.problem(pair.keySpan, `The user pool requires this attribute, so app clients must be able to write it: add it to WriteAttributes: ${a.name}`,
        { title: `Add ${a.name} to WriteAttributes`, edits: [ctx.edits.appendItem(seq, a.name)] }));
  },
};
