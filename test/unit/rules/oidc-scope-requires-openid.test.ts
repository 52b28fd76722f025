import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/oidc-scope-requires-openid';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"]';
const cfn = (scopes: string) => `Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: [code]\n      AllowedOAuthScopes:\n${scopes}      CallbackURLs: [https://a.example/cb]\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'with openid: ok', json: `{${head}, "AllowedOAuthScopes": ["openid", "email", "profile"]}`, problems: [] },
    { name: 'custom scopes only: ok', json: `{${head}, "AllowedOAuthScopes": ["api/read"]}`, problems: [] },
    {
      name: 'email without openid (JSON): fix adds openid',
      json: `{${head}, "AllowedOAuthScopes": [[|"email"|], "api/read"]}`,
      problems: [ID],
      message: 'add openid',
      fix: { title: 'Add openid', result: `{${head}, "AllowedOAuthScopes": ["email", "api/read", "openid"]}` },
    },
    {
      name: 'profile without openid (block YAML template): fix adds a line',
      yaml: cfn('        - aws.cognito.signin.user.admin\n        - [|profile|]\n'),
      problems: [ID],
      fix: { title: 'Add openid', result: cfn('        - aws.cognito.signin.user.admin\n        - profile\n        - openid\n') },
    },
    {
      name: 'phone without openid (flow YAML)',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes: [[|phone|]]\n',
      problems: [ID],
      fix: { title: 'Add openid', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes: [phone, openid]\n' },
    },
    { name: 'client_credentials clients are another rule', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "m", "GenerateSecret": true, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": ["email"]}', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthScopes": [[|"email"|]]}}', problems: [ID] },
    { name: 'CloudFormation: an intrinsic item may be openid', yaml: cfn('        - email\n        - !Ref ExtraScope\n'), problems: [] },
    { name: 'CloudFormation: !If list skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthScopes: !If [Oidc, [openid, email], [email]]\n', problems: [] },
    { name: 'CloudFormation JSON', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": [[|"email"|]]}}}}', problems: [ID] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n', problems: [] },
  ]);
});
