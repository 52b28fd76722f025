import { describeDuration, validity, VALIDITY_FIELD } from './common/token-validity';
import type { Problem, Rule } from './types';

export const tokenValidityExceedsRefresh: Rule = {
  id: 'cognito/token-validity-exceeds-refresh',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const refresh = validity(client, 'RefreshToken');
    if (!refresh) return [];
    const problems: Problem[] = [];
    for (const token of ['AccessToken', 'IdToken'] as const) {
      const v = validity(client, token);
      if (!v || v.seconds <= refresh.seconds) continue;
      const node = v.node ?? refresh.node;
      if (!node) continue;
      const shown = v.value !== undefined ? describeDuration(v.value, v.unit) : '1 hour (default)';
      const refreshShown = refresh.value !== undefined && refresh.value !== 0 ? describeDuration(refresh.value, refresh.unit) : '30 days';
      problems.push(ctx.problem(node, `${VALIDITY_FIELD[token]} is longer than RefreshTokenValidity, so refreshing can never renew it: shorten it or lengthen the refresh token: ${shown} > ${refreshShown}`));
    }
    return problems;
  },
};
