import type { Fix, Rule } from './types';
import { isInsecureHttp, redirectUrls, uriDefect, withHttps, withScheme } from './common/urls';

export const logoutUrlFormat: Rule = {
  id: 'cognito/logout-url-format',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return redirectUrls(client, ['LogoutURLs']).flatMap((url) => {
      const defect = uriDefect(url.value);
      if (defect === 'fragment') return [ctx.problem(url.node, `Logout URL should not contain a fragment (#…): use a path instead: ${url.value}`)];
      if (defect === 'no-scheme') {
        const fixed = withScheme(url.value);
        const fixes: Fix[] = fixed ? [{ title: `Use ${fixed}`, edits: [ctx.edits.replace(url.node, fixed)] }] : [];
        return [ctx.problem(url.node, `Logout URL should be an absolute URI with a scheme (https://…): ${url.value}`, ...fixes)];
      }
      if (!isInsecureHttp(url.value)) return [];
      return [ctx.problem(url.node, `Logout URL should use https (http only for localhost, 127.0.0.1 and [::1]): ${url.value}`,
        { title: 'Use https', edits: [ctx.edits.replace(url.node, withHttps(url.value))] })];
    });
  },
};
