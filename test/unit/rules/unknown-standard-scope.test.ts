import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/unknown-standard-scope';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"]';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'reserved and custom scopes: ok', json: `{${head}, "AllowedOAuthScopes": ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin", "api/read"]}`, problems: [] },
    {
      name: 'OpenID: did-you-mean openid',
      json: `{${head}, "AllowedOAuthScopes": [[|"OpenID"|]]}`,
      problems: [ID],
      message: 'not OpenID',
      fix: { title: 'Replace with openid', result: `{${head}, "AllowedOAuthScopes": ["openid"]}` },
    },
    {
      name: 'typo in block YAML: did-you-mean profile',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - openid\n  - [|profil|]\n',
      problems: [ID],
      fix: { title: 'Replace with profile', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - openid\n  - profile\n' },
    },
    { name: 'offline_access: no fix offered', json: `{${head}, "AllowedOAuthScopes": ["openid", [|"offline_access"|]]}`, problems: [ID] },
    { name: 'Cognito', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes: [[|Cognito|]]\n', problems: [ID] },
    { name: 'malformed item is oauth-scope-format, not this rule', json: `{${head}, "AllowedOAuthScopes": ["openid email"]}`, problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthScopes": [[|"mail"|]]}}', problems: [ID] },
    { name: 'CloudFormation: !Ref item skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthScopes: [!Ref Scope, [|Email|]]\n', problems: [ID] },
    { name: 'CloudFormation JSON: Fn::If list skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthScopes": {"Fn::If": ["X", ["token"], ["openid"]]}}}}}', problems: [] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n', problems: [] },
  ]);
});
