import { getPair, getValue, literalString } from '../model/nodes';
import { isArn } from './common/patterns';
import { preTokenConfig } from './common/pool';
import type { Fix, Problem, Rule } from './types';

const VERSIONS = ['V1_0', 'V2_0', 'V3_0'];

/** `V3`, `v3_0`, `3.0` → `V3_0`; undefined when the text names no version. */
function normalizeVersion(text: string): string | undefined {
  const m = /^\s*v?([123])(?:[._]0)?\s*$/i.exec(text);
  return m ? `V${m[1]}_0` : undefined;
}

export const preTokenConfigInvalid: Rule = {
  id: 'cognito/pre-token-config-invalid',
  appliesTo: ['user-pool'],
  check(pool, ctx) {
    const { lambda, config } = preTokenConfig(pool);
    const pair = getPair(lambda, 'PreTokenGenerationConfig');
    if (!pair || !config) return [];
    const problems: Problem[] = [];
    const missing = ['LambdaVersion', 'LambdaArn'].filter((k) => getValue(config, k) === undefined);
    if (missing.length > 0) {
      problems.push(ctx.problem(pair.keySpan, `PreTokenGenerationConfig needs both LambdaVersion (V1_0, V2_0 or V3_0) and LambdaArn: add ${missing.join(' and ')}`));
    }
    const versionNode = getValue(config, 'LambdaVersion');
    const version = literalString(versionNode);
    if (versionNode && version !== undefined && !VERSIONS.includes(version)) {
      const fixed = normalizeVersion(version);
      const fixes: Fix[] = fixed ? [{ title: `Change to ${fixed}`, edits: [ctx.edits.replace(versionNode, fixed)] }] : [];
      problems.push(ctx.problem(versionNode, `LambdaVersion must be V1_0, V2_0 or V3_0: ${version}`, ...fixes));
    }
    const arnNode = getValue(config, 'LambdaArn');
    const arn = literalString(arnNode);
    if (arnNode && arn !== undefined && !isArn(arn)) {
      problems.push(ctx.problem(arnNode, `LambdaArn must be the ARN of a Lambda function (arn:aws:lambda:<region>:<account>:function:<name>): ${arn}`));
    }
    return problems;
  },
};
