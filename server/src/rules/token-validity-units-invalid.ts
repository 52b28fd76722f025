import { getPair, literalString } from '../model/nodes';
import { TIME_UNITS } from './common/token-validity';
import type { Problem, Rule } from './types';

const TOKENS = ['AccessToken', 'IdToken', 'RefreshToken'];
const ABBREVIATIONS: Record<string, string> = { s: 'seconds', sec: 'seconds', secs: 'seconds', m: 'minutes', min: 'minutes', mins: 'minutes', h: 'hours', hr: 'hours', hrs: 'hours', d: 'days' };

/** `Minutes`, `HOUR`, `min` → the unit meant, if it is clear. */
function suggestUnit(text: string): string | undefined {
  const lower = text.trim().toLowerCase();
  if (lower in TIME_UNITS) return lower;
  if (`${lower}s` in TIME_UNITS) return `${lower}s`;
  return ABBREVIATIONS[lower];
}

export const tokenValidityUnitsInvalid: Rule = {
  id: 'cognito/token-validity-units-invalid',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const value = getPair(client.props, 'TokenValidityUnits')?.value;
    if (!value || value.kind === 'intrinsic' || (value.kind === 'scalar' && value.value === null)) return [];
    if (value.kind !== 'map') return [ctx.problem(value, 'TokenValidityUnits must be an object with AccessToken, IdToken and/or RefreshToken units')];
    const problems: Problem[] = [];
    for (const pair of value.pairs) {
      if (!TOKENS.includes(pair.key)) {
        const match = TOKENS.find((t) => t.toLowerCase() === pair.key.toLowerCase().replace(/[_\s-]/g, ''));
        const fixes = match ? [{ title: `Rename to ${match}`, edits: [ctx.edits.replaceText(pair.keySpan, ctx.doc.syntax === 'json' ? JSON.stringify(match) : match)] }] : [];
        problems.push(ctx.problem(pair.keySpan, `TokenValidityUnits only has AccessToken, IdToken and RefreshToken members: ${pair.key}`, ...fixes));
        continue;
      }
      const v = pair.value;
      if (!v || v.kind === 'intrinsic' || (v.kind === 'scalar' && v.value === null)) continue;
      const text = literalString(v);
      if (text !== undefined && text in TIME_UNITS && v.kind === 'scalar' && typeof v.value === 'string') continue;
      const unit = text !== undefined ? suggestUnit(text) : undefined;
      const fixes = unit ? [{ title: `Replace with ${unit}`, edits: [ctx.edits.replace(v, unit)] }] : [];
      problems.push(ctx.problem(v, `A token validity unit must be seconds, minutes, hours or days (lower-case, plural): ${text ?? 'not a string'}`, ...fixes));
    }
    return problems;
  },
};
