import type { Fix, Rule } from './types';
import { redirectUrls, uriDefect, withScheme } from './common/urls';

export const callbackUrlInvalidUri: Rule = {
  id: 'cognito/callback-url-invalid-uri',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return redirectUrls(client, ['CallbackURLs', 'DefaultRedirectURI']).flatMap((url) => {
      const defect = uriDefect(url.value);
      const what = url.field === 'DefaultRedirectURI' ? 'DefaultRedirectURI' : 'Callback URL';
      if (defect === 'fragment') {
        return [ctx.problem(url.node, `${what} must not contain a fragment (#…): Cognito and OAuth 2.0 reject it; move the route to the path: ${url.value}`)];
      }
      if (defect !== 'no-scheme') return [];
      const fixed = withScheme(url.value);
      const fixes: Fix[] = fixed ? [{ title: `Use ${fixed}`, edits: [ctx.edits.replace(url.node, fixed)] }] : [];
      return [ctx.problem(url.node, `${what} must be an absolute URI with a scheme (https://…, or myapp://… for native apps): ${url.value}`, ...fixes)];
    });
  },
};
