import { getAttTarget, getPair, getValue, literalString, refTarget } from '../model/nodes';
import type { Node } from '../parse/types';
import { preTokenConfig } from './common/pool';
import { sameValue, spanWithTag } from './common/plain';
import type { Rule } from './types';

/** Whether two ARN values certainly differ: different literals, or Ref/GetAtt of different resources. */
function differ(a: Node, b: Node): boolean {
  const la = literalString(a);
  const lb = literalString(b);
  if (la !== undefined && lb !== undefined) return la !== lb;
  const ta = refTarget(a) ?? getAttTarget(a)?.id;
  const tb = refTarget(b) ?? getAttTarget(b)?.id;
  if (ta === undefined || tb === undefined) return false;
  return ta !== tb && !sameValue(a, b);
}

export const preTokenArnMismatch: Rule = {
  id: 'cognito/pre-token-arn-mismatch',
  appliesTo: ['user-pool'],
  check(pool, ctx) {
    const { lambda, config } = preTokenConfig(pool);
    const legacy = getPair(lambda, 'PreTokenGeneration');
    const arn = getValue(config, 'LambdaArn');
    if (!lambda || !legacy?.value || !arn || !differ(legacy.value, arn)) return [];
    const remove = ctx.edits.removeProperty(lambda, 'PreTokenGeneration');
    const fixes = remove ? [{ title: 'Remove the legacy PreTokenGeneration', edits: [remove] }] : [];
    const shown = literalString(arn) ?? 'PreTokenGenerationConfig.LambdaArn';
    return [ctx.problem(spanWithTag(ctx.doc.text, legacy.value), `PreTokenGeneration must be identical to PreTokenGenerationConfig.LambdaArn: remove the legacy member or set it to ${shown}`, ...fixes)];
  },
};
