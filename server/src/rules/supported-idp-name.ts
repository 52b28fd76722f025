import { getValue, literalString, stringItems } from '../model/nodes';
import { BUILT_IN_PROVIDERS, templateProviders } from './common/idp';
import { poolFacts } from './common/pool';
import type { Problem, Rule } from './types';

const ALIASES: Record<string, string> = { apple: 'SignInWithApple', amazon: 'LoginWithAmazon', userpool: 'COGNITO' };

export const supportedIdpName: Rule = {
  id: 'cognito/supported-idp-name',
  appliesTo: ['app-client'],
  check(client, ctx) {
    // SAML/OIDC providers are named by the user: a declared provider called `Apple` is not a mistake.
    const declared = new Set<string>();
    for (const p of templateProviders(client)) if (p.providerName) declared.add(p.providerName);
    for (const idp of poolFacts(client, ctx.index)?.identityProviders ?? []) {
      const name = literalString(getValue(idp.props, 'ProviderName'));
      if (name) declared.add(name);
    }
    const problems: Problem[] = [];
    for (const item of stringItems(getValue(client.props, 'SupportedIdentityProviders'))) {
      const name = item.value;
      if (name.length === 0 || name.length > 32) {
        problems.push(ctx.problem(item.node, `An identity provider name must be 1 to 32 characters: ${name.length === 0 ? 'empty' : name}`));
        continue;
      }
      if ((BUILT_IN_PROVIDERS as readonly string[]).includes(name) || declared.has(name)) continue;
      const correct = BUILT_IN_PROVIDERS.find((b) => b.toLowerCase() === name.toLowerCase()) ?? ALIASES[name.toLowerCase()];
      if (!correct) continue;
      problems.push(ctx.problem(item.node, `Built-in identity provider names are case-sensitive: use ${correct}: ${name}`,
        { title: `Replace with ${correct}`, edits: [ctx.edits.replace(item.node, correct)] }));
    }
    return problems;
  },
};
