import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/update-resets-omitted-fields';

const FULL = {
  UserPoolId: 'us-east-1_abc', ClientId: '1ab', ClientName: 'web', AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'],
  AllowedOAuthScopes: ['openid'], CallbackURLs: ['https://a.example/cb'], LogoutURLs: ['https://a.example/out'],
  SupportedIdentityProviders: ['COGNITO'], ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'], ReadAttributes: ['email'], WriteAttributes: ['email'],
  TokenValidityUnits: { AccessToken: 'hours' }, AccessTokenValidity: 1, IdTokenValidity: 1, RefreshTokenValidity: 30,
  PreventUserExistenceErrors: 'ENABLED', EnableTokenRevocation: true, AuthSessionValidity: 3, RefreshTokenRotation: { Feature: 'DISABLED' },
};

const DESCRIBE = {
  uri: 'file:///work/describe-web.json',
  json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "ClientName": "web", "ClientSecret": "s3cr3t", "CreationDate": 1, "LastModifiedDate": 2, "AllowedOAuthFlows": ["code"], "AllowedOAuthFlowsUserPoolClient": true, "CallbackURLs": ["https://a.example/cb"]}}',
};

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'every high-impact member present: ok', json: JSON.stringify(FULL), problems: [] },
    {
      name: 'omitted members listed, at the first key',
      json: '{[|"UserPoolId"|]: "us-east-1_abc", "ClientId": "1ab", "ClientName": "web", "AccessTokenValidity": 30}',
      problems: [ID],
      message: 'omitted: AllowedOAuthFlowsUserPoolClient, AllowedOAuthFlows, AllowedOAuthScopes, CallbackURLs',
    },
    {
      name: 'YAML CLI input missing one member',
      yaml: `${Object.entries(FULL).filter(([k]) => k !== 'LogoutURLs').map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n').replace(/^UserPoolId/, '[|UserPoolId|]')}\n`,
      format: 'api:UpdateUserPoolClient',
      problems: [ID],
      message: 'omitted: LogoutURLs',
    },
    {
      name: 'no describe output: no quick fix is offered',
      json: '{"UserPoolId": "us-east-1_abc", "ClientId": "other", "ClientName": "web"}',
      files: [DESCRIBE],
      problems: [ID],
      message: 'start from describe-user-pool-client output',
    },
    {
      name: 'describe output of the same client: only members set today, fix copies their values (JSON)',
      json: '{\n  [|"UserPoolId"|]: "us-east-1_abc",\n  "ClientId": "1ab",\n  "ClientName": "web"\n}',
      files: [DESCRIBE],
      problems: [ID],
      message: 'add their current values: AllowedOAuthFlowsUserPoolClient, AllowedOAuthFlows, CallbackURLs',
      fix: {
        title: 'Add omitted members with their current values',
        result: '{\n  "UserPoolId": "us-east-1_abc",\n  "ClientId": "1ab",\n  "ClientName": "web",\n  "CallbackURLs": ["https://a.example/cb"],\n  "AllowedOAuthFlows": ["code"],\n  "AllowedOAuthFlowsUserPoolClient": true\n}',
      },
    },
    {
      name: 'describe output of the same client: fix in a YAML input never copies the secret or dates',
      yaml: 'UserPoolId: us-east-1_abc\nClientId: 1ab\nClientName: web\n',
      format: 'api:UpdateUserPoolClient',
      files: [DESCRIBE],
      problems: [ID],
      fix: {
        title: 'Add omitted members with their current values',
        result: 'UserPoolId: us-east-1_abc\nClientId: 1ab\nClientName: web\nCallbackURLs: [https://a.example/cb]\nAllowedOAuthFlows: [code]\nAllowedOAuthFlowsUserPoolClient: true\n',
      },
    },
    {
      name: 'describe output and the update keeps everything that is set: ok',
      json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "AllowedOAuthFlows": ["code"], "AllowedOAuthFlowsUserPoolClient": true, "CallbackURLs": ["https://b.example/cb"]}',
      files: [DESCRIBE],
      problems: [],
    },
    {
      name: 'half-typed member counts as present',
      json: `${JSON.stringify(FULL).slice(0, -1)}, "AnalyticsConfiguration": }`,
      problems: [],
    },
    { name: 'create input: not an update', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web"}', problems: [] },
    { name: 'describe output: not an update', json: DESCRIBE.json, problems: [] },
  ]);
});
