import type { Rule } from './types';
import { isInsecureHttp, redirectUrls, withHttps } from './common/urls';

export const callbackUrlInsecureHttp: Rule = {
  id: 'cognito/callback-url-insecure-http',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return redirectUrls(client, ['CallbackURLs', 'DefaultRedirectURI'])
      .filter((url) => isInsecureHttp(url.value))
      .map((url) => ctx.problem(
        url.node,
        `${url.field === 'DefaultRedirectURI' ? 'DefaultRedirectURI' : 'Callback URL'} must use https (http is allowed only for localhost, 127.0.0.1 and [::1]): ${url.value}`,
        { title: 'Use https', edits: [ctx.edits.replace(url.node, withHttps(url.value))] },
      ));
  },
};
