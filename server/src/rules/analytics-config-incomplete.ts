import { getPair, literalString } from '../model/nodes';
import type { Pair } from '../parse/types';
import type { Problem, Rule } from './types';

const HEX = /^[0-9a-fA-F]+$/;

function present(pair: Pair | undefined): pair is Pair {
  return !!pair && pair.value !== undefined && !(pair.value.kind === 'scalar' && pair.value.value === null);
}

function isArn(text: string): boolean {
  return text.startsWith('arn:') && text.length >= 20 && text.length <= 2048;
}

export const analyticsConfigIncomplete: Rule = {
  id: 'cognito/analytics-config-incomplete',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const outer = getPair(client.props, 'AnalyticsConfiguration');
    const config = outer?.value;
    if (!outer || !config || config.kind === 'intrinsic' || (config.kind === 'scalar' && config.value === null)) return [];
    if (config.kind !== 'map') return [ctx.problem(config, 'AnalyticsConfiguration must be an object with ApplicationArn, or ApplicationId + RoleArn + ExternalId')];
    const [arn, id, role, external] = ['ApplicationArn', 'ApplicationId', 'RoleArn', 'ExternalId'].map((k) => getPair(config, k));
    const problems: Problem[] = [];
    if (present(arn)) {
      for (const extra of [role, external]) {
        if (present(extra)) problems.push(ctx.problem(extra.keySpan, `With ApplicationArn, Cognito uses its service-linked role: remove ${extra.key}`));
      }
    } else {
      const missing = [['ApplicationId', id], ['RoleArn', role], ['ExternalId', external]].filter(([, p]) => !present(p as Pair | undefined)).map(([k]) => k as string);
      if (missing.length > 0) problems.push(ctx.problem(outer.keySpan, `AnalyticsConfiguration needs ApplicationArn, or all of ApplicationId, RoleArn and ExternalId; missing: ${missing.join(', ')}`));
    }
    const idText = literalString(id?.value);
    if (id?.value?.kind === 'scalar' && idText !== undefined && !HEX.test(idText)) problems.push(ctx.problem(id.value, `ApplicationId must be the Pinpoint project id (hexadecimal): ${idText}`));
    for (const p of [arn, role]) {
      const text = literalString(p?.value);
      if (p?.value?.kind === 'scalar' && text !== undefined && !isArn(text)) problems.push(ctx.problem(p.value, `${p.key} must be an ARN (arn:…, 20 to 2048 characters): ${text}`));
    }
    return problems;
  },
};
