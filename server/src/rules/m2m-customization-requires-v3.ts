import { getPair, getValue, literalString } from '../model/nodes';
import { hasFlow } from './common/client';
import { poolFacts, poolTier, preTokenConfig } from './common/pool';
import type { Fix, Rule } from './types';

export const m2mCustomizationRequiresV3: Rule = {
  id: 'cognito/m2m-customization-requires-v3',
  appliesTo: ['user-pool'],
  check(pool, ctx) {
    const { lambda, config } = preTokenConfig(pool);
    const versionNode = getValue(config, 'LambdaVersion');
    const version = literalString(versionNode);
    const legacy = getPair(lambda, 'PreTokenGeneration');
    // Without PreTokenGenerationConfig the legacy trigger is a V1_0 trigger.
    const target = config ? (version === 'V1_0' || version === 'V2_0' ? versionNode : undefined) : legacy?.value ? legacy.keySpan : undefined;
    if (!target) return [];
    const m2m = (poolFacts(pool, ctx.index)?.clients ?? []).filter((c) => c.uri === pool.uri && hasFlow(c, 'client_credentials'));
    if (m2m.length === 0) return [];
    const names = m2m.map((c) => c.logicalId ?? literalString(getValue(c.props, 'ClientName')) ?? 'client').join(', ');
    const fixes: Fix[] = versionNode && poolTier(pool) !== 'LITE'
      ? [{ title: 'Use LambdaVersion V3_0', edits: [ctx.edits.replace(versionNode, 'V3_0')] }]
      : [];
    return [ctx.problem(target, `The pre token generation trigger (${version ?? 'V1_0'}) is not invoked for client_credentials tokens: use LambdaVersion V3_0 (Essentials/Plus) to customize them; machine-to-machine clients: ${names}`, ...fixes)];
  },
};
