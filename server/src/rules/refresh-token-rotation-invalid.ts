import { getPair, literalNumber, literalString } from '../model/nodes';
import type { Problem, Rule } from './types';

const FEATURES = ['ENABLED', 'DISABLED'];

export const refreshTokenRotationInvalid: Rule = {
  id: 'cognito/refresh-token-rotation-invalid',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const pair = getPair(client.props, 'RefreshTokenRotation');
    const value = pair?.value;
    if (!pair || value === undefined || value.kind === 'intrinsic' || (value.kind === 'scalar' && value.value === null)) return [];
    if (value.kind !== 'map') return [ctx.problem(value, 'RefreshTokenRotation must be an object with Feature (ENABLED or DISABLED) and optional RetryGracePeriodSeconds')];
    const problems: Problem[] = [];
    const feature = getPair(value, 'Feature');
    if (!feature || feature.value === undefined || (feature.value.kind === 'scalar' && feature.value.value === null)) {
      problems.push(ctx.problem(feature?.keySpan ?? pair.keySpan, 'RefreshTokenRotation needs Feature: set it to ENABLED or DISABLED',
        { title: 'Set Feature: ENABLED', edits: [ctx.edits.setProperty(value, 'Feature', 'ENABLED')] }));
    } else if (feature.value.kind !== 'intrinsic') {
      const text = literalString(feature.value);
      if (text === undefined || !FEATURES.includes(text)) {
        const upper = text?.toUpperCase();
        const fixes = upper && FEATURES.includes(upper) ? [{ title: `Replace with ${upper}`, edits: [ctx.edits.replace(feature.value, upper)] }] : [];
        problems.push(ctx.problem(feature.value, `RefreshTokenRotation.Feature must be ENABLED or DISABLED (upper-case): ${text ?? 'not a string'}`, ...fixes));
      }
    }
    const grace = getPair(value, 'RetryGracePeriodSeconds')?.value;
    if (grace && grace.kind !== 'intrinsic' && !(grace.kind === 'scalar' && grace.value === null)) {
      const n = literalNumber(grace);
      if (n === undefined || !Number.isInteger(n) || n < 0 || n > 60) {
        problems.push(ctx.problem(grace, `RetryGracePeriodSeconds must be a whole number of seconds from 0 to 60: ${literalString(grace) ?? 'not a number'}`));
      }
    }
    return problems;
  },
};
