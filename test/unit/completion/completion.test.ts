import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyCompletion, openAtCaret, type CaretDoc, type CaretFile } from './caret';

interface CompletionCase extends CaretDoc {
  name: string;
  /** Labels that must be offered. */
  includes?: string[];
  /** Labels that must not be offered. */
  excludes?: string[];
  /** The labels, in order, when the whole list is known. */
  exactly?: string[];
  /** Accept the item with this label and expect this text. */
  accept?: { label: string; result: string };
}

const RS_JSON: CaretFile = {
  uri: 'file:///w/rs.json',
  json: JSON.stringify({
    UserPoolId: 'us-east-1_abc',
    Identifier: 'https://api.example.com',
    Name: 'api',
    Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read orders' }, { ScopeName: 'write', ScopeDescription: 'Write orders' }],
  }),
};
const OTHER_POOL_RS: CaretFile = {
  uri: 'file:///w/other.json',
  json: JSON.stringify({ UserPoolId: 'us-east-1_zzz', Identifier: 'other', Name: 'other', Scopes: [{ ScopeName: 'x', ScopeDescription: 'x' }] }),
};
const STANDARD = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];
const CUSTOM = ['https://api.example.com/read', 'https://api.example.com/write'];
const CLIENT = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

const TEMPLATE = (clientProps: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: pool
  Orders:
    Type: AWS::Cognito::UserPoolResourceServer
    Properties:
      UserPoolId: !Ref Pool
      Identifier: orders
      Name: Orders
      Scopes:
        - ScopeName: read
          ScopeDescription: Read orders
        - ScopeName: write
          ScopeDescription: Write orders
  Google:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref Pool
      ProviderName: CorpSAML
      ProviderType: SAML
  Client:
    Type: AWS::Cognito::UserPoolClient
    Properties:
${clientProps}
Outputs:
  Id:
    Value: !Ref Client
`;

const cases: CompletionCase[] = [
  // --- scopes
  {
    name: 'JSON scope list after `["`: standard then workspace custom scopes, not the one already listed',
    json: `{${CLIENT}, "AllowedOAuthScopes": ["openid", "|`,
    files: [RS_JSON, OTHER_POOL_RS],
    exactly: [...STANDARD.filter((s) => s !== 'openid'), ...CUSTOM],
  },
  {
    name: 'JSON scope list: accepting replaces the half-typed string',
    json: `{${CLIENT}, "AllowedOAuthScopes": ["ope|"]}`,
    accept: { label: 'openid', result: `{${CLIENT}, "AllowedOAuthScopes": ["openid"]}` },
  },
  {
    name: 'JSON scope list outside a string inserts a quoted value',
    json: `{${CLIENT}, "AllowedOAuthScopes": [|]}`,
    files: [RS_JSON],
    accept: { label: 'https://api.example.com/read', result: `{${CLIENT}, "AllowedOAuthScopes": ["https://api.example.com/read"]}` },
  },
  {
    name: 'a listed value right after the cursor is not offered again',
    json: `{${CLIENT}, "AllowedOAuthScopes": [|"openid"]}`,
    exactly: STANDARD.filter((s) => s !== 'openid'),
  },
  {
    name: 'client_credentials client: custom scopes only',
    json: `{${CLIENT}, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": [|]}`,
    files: [RS_JSON],
    exactly: CUSTOM,
  },
  {
    name: 'scopes of another pool are not offered',
    json: `{${CLIENT}, "AllowedOAuthScopes": [|]}`,
    files: [OTHER_POOL_RS],
    exactly: STANDARD,
  },
  {
    name: 'YAML block list item `- ` with nothing after it',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - openid\n  - |\n',
    files: [RS_JSON],
    exactly: [...STANDARD.filter((s) => s !== 'openid'), ...CUSTOM],
  },
  {
    name: 'YAML list item: a URL identifier being typed is replaced whole',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - https://api.ex|\n',
    files: [RS_JSON],
    accept: { label: 'https://api.example.com/read', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - https://api.example.com/read\n' },
  },
  {
    name: 'YAML flow list',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes: [openid, em|]\n',
    accept: { label: 'email', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes: [openid, email]\n' },
  },
  {
    name: 'template: scopes of the resource server of the same template pool; M2M client gets no standard scopes',
    yaml: TEMPLATE('      UserPoolId: !Ref Pool\n      GenerateSecret: true\n      AllowedOAuthFlows: [client_credentials]\n      AllowedOAuthScopes:\n        - orders/read\n        - |'),
    exactly: ['orders/write'],
  },
  {
    name: 'live scopes from the explorer (external index) are offered for a literal pool id',
    json: `{${CLIENT}, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": [|]}`,
    external: { poolId: 'us-east-1_abc', resourceServers: [{ identifier: 'billing', scopes: [{ name: 'pay', description: 'Pay' }] }] },
    exactly: ['billing/pay'],
  },
  // --- other lists and enums
  {
    name: 'OAuth flows',
    json: `{${CLIENT}, "AllowedOAuthFlows": ["code", |]}`,
    exactly: ['implicit', 'client_credentials'],
  },
  {
    name: 'ExplicitAuthFlows offers ALLOW_* values only',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nExplicitAuthFlows:\n  - ALLOW_USER_SRP_AUTH\n  - |\n',
    exactly: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'],
  },
  {
    name: 'TokenValidityUnits units after `Key: `',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits:\n  AccessToken: |\n',
    exactly: ['seconds', 'minutes', 'hours', 'days'],
  },
  {
    name: 'SupportedIdentityProviders: built-in names and the pool IdPs of the template',
    yaml: TEMPLATE('      UserPoolId: !Ref Pool\n      SupportedIdentityProviders:\n        - COGNITO\n        - |'),
    exactly: ['Facebook', 'Google', 'SignInWithApple', 'LoginWithAmazon', 'CorpSAML'],
  },
  {
    name: 'PreventUserExistenceErrors enum in JSON value position',
    json: `{${CLIENT}, "PreventUserExistenceErrors": |}`,
    accept: { label: 'ENABLED', result: `{${CLIENT}, "PreventUserExistenceErrors": "ENABLED"}` },
  },
  {
    name: 'RefreshTokenRotation.Feature enum (nested)',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n  Feature: |\n',
    exactly: ['ENABLED', 'DISABLED'],
  },
  {
    name: 'UserPoolTier in a template pool, replacing the half-typed word',
    yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolTier: ES|\n',
    accept: { label: 'ESSENTIALS', result: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolTier: ESSENTIALS\n' },
  },
  {
    name: 'PreTokenGenerationConfig.LambdaVersion',
    json: '{"PoolName": "p", "LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": "|"}}}',
    exactly: ['V1_0', 'V2_0', 'V3_0'],
  },
  {
    name: 'booleans',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlowsUserPoolClient: |\n',
    exactly: ['true', 'false'],
  },
  {
    name: 'no values for a free-text field',
    json: `{${CLIENT}, "DefaultRedirectURI": "|"}`,
    exactly: [],
  },
  {
    name: 'no completion inside an intrinsic list',
    yaml: TEMPLATE('      UserPoolId: !Ref Pool\n      AllowedOAuthScopes: !If\n        - Prod\n        - |'),
    exactly: [],
  },
  {
    name: 'describe output (wrapped): values inside the wrapper',
    json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "x", "ClientName": "web", "AllowedOAuthFlows": ["|"]}}',
    exactly: ['code', 'implicit', 'client_credentials'],
  },
  {
    name: 'JSON CloudFormation template: scopes from a resource server of the same template',
    json: JSON.stringify({
      Resources: {
        Pool: { Type: 'AWS::Cognito::UserPool', Properties: {} },
        Api: { Type: 'AWS::Cognito::UserPoolResourceServer', Properties: { UserPoolId: { Ref: 'Pool' }, Identifier: 'api', Name: 'api', Scopes: [{ ScopeName: 'read', ScopeDescription: 'r' }] } },
        Client: { Type: 'AWS::Cognito::UserPoolClient', Properties: { UserPoolId: { Ref: 'Pool' }, AllowedOAuthScopes: ['CARET'] } },
      },
    }, null, 2).replace('"CARET"', '"|"'),
    exactly: [...STANDARD, 'api/read'],
  },
  {
    name: 'flow list item with an auto-closed quote is replaced whole',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows: ["co|"]\n',
    accept: { label: 'code', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows: [code]\n' },
  },
  // --- property names
  {
    name: 'describe output: members of the describe format (ClientId, CreationDate) are allowed',
    json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientName": "web", |}}',
    includes: ['ClientId', 'ClientSecret', 'CreationDate'],
    excludes: ['GenerateSecret', 'UserPoolId'],
  },
  {
    name: 'JSON property names at a new key: absent members of CreateUserPoolClient only',
    json: `{${CLIENT},\n  "|"\n}`,
    includes: ['AllowedOAuthFlowsUserPoolClient', 'GenerateSecret', 'ClientSecret', 'RefreshTokenRotation'],
    excludes: ['UserPoolId', 'ClientName', 'ClientId', 'CreationDate'],
  },
  {
    name: 'JSON property name accepted into a half-typed key',
    json: `{${CLIENT}, "AllowedOAuthF|`,
    accept: { label: 'AllowedOAuthFlows', result: `{${CLIENT}, "AllowedOAuthFlows": ` },
  },
  {
    name: 'UpdateUserPoolClient: no GenerateSecret/ClientSecret',
    json: '{"UserPoolId": "us-east-1_abc", "ClientId": "abc123",\n  |\n}',
    includes: ['ClientName', 'AllowedOAuthScopes'],
    excludes: ['GenerateSecret', 'ClientSecret', 'ClientId'],
  },
  {
    name: 'template: empty line in a Properties block offers CloudFormation properties not present',
    yaml: TEMPLATE('      UserPoolId: !Ref Pool\n      ClientName: web\n      |'),
    includes: ['GenerateSecret', 'AllowedOAuthFlows', 'ExplicitAuthFlows'],
    excludes: ['UserPoolId', 'ClientName', 'ClientSecret', 'ClientId'],
  },
  {
    name: 'template: YAML property name inserted with `: `',
    yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolN|\n',
    accept: { label: 'UserPoolName', result: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolName: \n' },
  },
  {
    name: 'CreateUserPool uses PoolName, not UserPoolName',
    yaml: 'PoolName: p\n|\n',
    includes: ['UserPoolTier', 'LambdaConfig', 'UserPoolAddOns', 'Schema'],
    excludes: ['PoolName', 'UserPoolName'],
  },
  {
    name: 'nested object keys: TokenValidityUnits',
    yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits:\n  AccessToken: hours\n  |\n',
    exactly: ['IdToken', 'RefreshToken'],
  },
  {
    name: 'nested keys two levels down in a template pool (LambdaConfig.PreTokenGenerationConfig)',
    yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig:\n        PreTokenGenerationConfig:\n          LambdaArn: !GetAtt Fn.Arn\n          |\n',
    exactly: ['LambdaVersion'],
  },
  {
    name: 'keys of a user-pool Schema item',
    yaml: 'PoolName: p\nSchema:\n  - Name: tenant\n    |\n',
    includes: ['AttributeDataType', 'Mutable', 'Required'],
    excludes: ['Name'],
  },
  {
    name: 'keys of a new resource-server scope item (`- ` in Scopes)',
    yaml: TEMPLATE('      UserPoolId: !Ref Pool').replace('          ScopeDescription: Write orders\n', '          ScopeDescription: Write orders\n        - |\n'),
    exactly: ['ScopeName', 'ScopeDescription'],
  },
  {
    name: 'second key of a scope item',
    yaml: 'UserPoolId: us-east-1_abc\nIdentifier: orders\nName: Orders\nScopes:\n  - ScopeName: read\n    |\n',
    exactly: ['ScopeDescription'],
  },
  {
    name: 'nothing outside the resources (template Outputs)',
    yaml: TEMPLATE('      UserPoolId: !Ref Pool').replace('    Value: !Ref Client\n', '    Value: !Ref Client\n    |\n'),
    exactly: [],
  },
  {
    name: 'nothing on the resource level (Type/Properties siblings)',
    yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    |\n',
    exactly: [],
  },
];

describe('completion', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { service, uri, offset, text } = openAtCaret(c);
      const items = service.complete(uri, offset);
      const labels = items.map((i) => i.label);
      if (c.exactly) assert.deepEqual(labels, c.exactly);
      for (const l of c.includes ?? []) assert.ok(labels.includes(l), `${l} missing from ${JSON.stringify(labels)}`);
      for (const l of c.excludes ?? []) assert.ok(!labels.includes(l), `${l} must not be offered`);
      if (c.accept) {
        const item = items.find((i) => i.label === c.accept!.label);
        assert.ok(item, `no item ${c.accept.label} in ${JSON.stringify(labels)}`);
        assert.equal(applyCompletion(text, offset, item), c.accept.result);
      }
    });
  }

  it('never throws at any offset of half-typed documents', () => {
    const docs: CaretDoc[] = [
      { json: `{${CLIENT}, "AllowedOAuthScopes": ["openid", "|` },
      { yaml: TEMPLATE('      UserPoolId: !Ref Pool\n      AllowedOAuthScopes:\n        - |\n      - \n   "x\n') },
      { json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"AllowedOAuthFlows": [|' },
    ];
    for (const d of docs) {
      const { service, uri, text } = openAtCaret(d);
      for (let o = 0; o <= text.length; o++) assert.doesNotThrow(() => service.complete(uri, o));
    }
  });

  it('items carry documentation from the schemas', () => {
    const { service, uri, offset } = openAtCaret({ json: `{${CLIENT},\n  |\n}` });
    const flag = service.complete(uri, offset).find((i) => i.label === 'AllowedOAuthFlowsUserPoolClient');
    assert.match(flag?.documentation ?? '', /invalid_grant/);
    assert.match(flag?.documentation ?? '', /Default: `false`/);
  });
});
