import type { Rule } from './types';
import { redirectUrls } from './common/urls';

export const callbackUrlWildcard: Rule = {
  id: 'cognito/callback-url-wildcard',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return redirectUrls(client, ['CallbackURLs', 'LogoutURLs'])
      .filter((url) => url.value.includes('*'))
      .map((url) => ctx.problem(
        url.node,
        `Cognito does not expand wildcards: a ${url.field === 'CallbackURLs' ? 'redirect_uri' : 'logout_uri'} must equal a registered URL exactly, so list each URL in full: ${url.value}`,
      ));
  },
};
