import { getPair, getValue, literalString } from '../model/nodes';
import type { Fix, Rule } from './types';

const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const FQDN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

/** The nearest valid prefix: lower-case, other characters as hyphens, no leading/trailing hyphen. */
function suggestPrefix(value: string): string | undefined {
  const s = value.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return PREFIX.test(s) ? s : undefined;
}

export const domainPrefixInvalid: Rule = {
  id: 'cognito/domain-prefix-invalid',
  appliesTo: ['domain'],
  check(domain, ctx) {
    const node = getValue(domain.props, 'Domain');
    const value = literalString(node);
    if (!node || value === undefined) return [];
    const custom = getPair(domain.props, 'CustomDomainConfig');
    const isCustom = custom?.value !== undefined && !(custom.value.kind === 'scalar' && custom.value.value === null);
    if (isCustom) {
      if (FQDN.test(value)) return [];
      return [ctx.problem(node, `With CustomDomainConfig, Domain must be a fully qualified domain name such as auth.example.com: ${value}`)];
    }
    if (PREFIX.test(value)) return [];
    const suggestion = suggestPrefix(value);
    const fixes: Fix[] = suggestion ? [{ title: `Use ${suggestion}`, edits: [ctx.edits.replace(node, suggestion)] }] : [];
    return [ctx.problem(node, `A domain prefix may contain only lower-case letters, digits and inner hyphens (1-63 characters); for your own domain add CustomDomainConfig: ${value}`, ...fixes)];
  },
};
