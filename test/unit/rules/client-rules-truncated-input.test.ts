import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../../server/src/language-service';

/**
 * Every prefix of realistic documents is linted: a half-typed document must never make one of the client URL,
 * flow and scope rules throw.
 */
const RULES = new Set([
  'required-field-missing', 'client-name-invalid', 'user-pool-id-invalid', 'redirect-url-format', 'callback-url-invalid-uri',
  'callback-url-insecure-http', 'callback-url-wildcard', 'default-redirect-uri-not-in-callbacks', 'logout-url-format',
  'oauth-flow-invalid', 'client-credentials-exclusive', 'client-credentials-custom-scopes-only', 'oauth-requires-flows-and-scopes',
  'oauth-settings-require-flag', 'code-implicit-require-callback-urls', 'oauth-requires-domain', 'implicit-grant-discouraged',
  'public-client-use-pkce', 'oauth-scope-format', 'oidc-scope-requires-openid', 'unknown-standard-scope', 'custom-scope-not-defined',
  'custom-scope-missing-dependency',
].map((n) => `cognito/${n}`));

const TEMPLATE = `Resources:
  Pool:
    Type: AWS::Cognito::UserPool
  Api:
    Type: AWS::Cognito::UserPoolResourceServer
    Properties:
      UserPoolId: !Ref Pool
      Identifier: !Sub '\${Env}-api'
      Name: Orders
      Scopes:
        - ScopeName: read
          ScopeDescription: Read
  Web:
    Type: AWS::Cognito::UserPoolClient
    DependsOn: [Api]
    Properties:
      UserPoolId: !Ref Pool
      ClientName: web-\${Env}
      AllowedOAuthFlowsUserPoolClient: !If [Web, true, false]
      AllowedOAuthFlows: [code, implicit, client_credentials]
      AllowedOAuthScopes: [openid email, !Sub '\${Api}/read', orders-api/write, Profile]
      CallbackURLs:
        - http://app.example.com/cb#x
        - !If [Dev, 'http://localhost:3000/', !Ref AWS::NoValue]
      DefaultRedirectURI: localhost:3000/cb
      LogoutURLs: ['*.example.com', '']
`;

const JSON_INPUT = JSON.stringify({
  UserPoolId: 'us-east-1_abc', ClientName: 'web/app', GenerateSecret: false, AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['token', 'client_credentials'], AllowedOAuthScopes: ['email', 'api/x', 'a b'],
  CallbackURLs: ['example.com/cb'], DefaultRedirectURI: 'https://other/cb', LogoutURLs: ['http://a/'],
}, null, 2);

const RS = '{"ResourceServer": {"UserPoolId": "us-east-1_abc", "Identifier": "api", "Name": "A", "Scopes": [{"ScopeName": "read", "ScopeDescription": "r"}]}}';

function lintPrefixes(text: string, syntax: 'json' | 'yaml'): void {
  const errors: string[] = [];
  const service = createLanguageService({ onRuleError: (id, e) => { if (RULES.has(id)) errors.push(`${id}: ${String(e)}`); } });
  service.update('file:///work/rs.json', RS, 'json');
  for (let end = 0; end <= text.length; end++) {
    service.update(`file:///work/doc.${syntax}`, text.slice(0, end), syntax);
    service.validate(`file:///work/doc.${syntax}`);
    if (errors.length > 0) break;
  }
  assert.deepEqual(errors, []);
}

describe('client rules on truncated input', () => {
  it('YAML template, every prefix', () => lintPrefixes(TEMPLATE, 'yaml'));
  it('JSON input, every prefix', () => lintPrefixes(JSON_INPUT, 'json'));
  it('the full documents do get findings (the inputs are not trivially clean)', () => {
    const service = createLanguageService();
    service.update('file:///work/doc.yaml', TEMPLATE, 'yaml');
    service.update('file:///work/doc.json', JSON_INPUT, 'json');
    const ids = new Set([...service.validate('file:///work/doc.yaml'), ...service.validate('file:///work/doc.json')].map((p) => p.ruleId));
    const mine = [...ids].filter((id) => RULES.has(id));
    assert.ok(mine.length >= 12, `only ${mine.join(', ')}`);
  });
});
