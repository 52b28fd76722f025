import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-credentials-custom-scopes-only';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "m2m", "GenerateSecret": true, "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["client_credentials"]';
const cfn = (scopes: string) => `Resources:\n  M2M:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      GenerateSecret: true\n      AllowedOAuthFlows:\n        - client_credentials\n      AllowedOAuthScopes:\n${scopes}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'custom scopes only: ok', json: `{${head}, "AllowedOAuthScopes": ["orders-api/read", "https://api.example.com/v1/write"]}`, problems: [] },
    {
      name: 'openid: fix removes it',
      json: `{${head}, "AllowedOAuthScopes": ["orders-api/read", [|"openid"|]]}`,
      problems: [ID],
      message: 'remove openid',
      fix: { title: 'Remove openid', result: `{${head}, "AllowedOAuthScopes": ["orders-api/read"]}` },
    },
    {
      name: 'two standard scopes in a template: one finding each, block fix',
      yaml: cfn('        - [|email|]\n        - api/read\n        - aws.cognito.signin.user.admin\n'),
      problems: [ID, ID],
      fix: { title: 'Remove email', result: cfn('        - api/read\n        - aws.cognito.signin.user.admin\n') },
    },
    { name: 'misspelt standard scope also lacks a slash', json: `{${head}, "AllowedOAuthScopes": [[|"read"|]]}`, problems: [ID] },
    { name: 'code client may use openid', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"]}', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": [[|"profile"|]]}}', problems: [ID] },
    { name: 'CloudFormation: !Sub scope skipped', yaml: cfn("        - !Sub '${Api}/read'\n"), problems: [] },
    { name: 'CloudFormation: flows from !If are unknown', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: !If [M2M, [client_credentials], [code]]\n      AllowedOAuthScopes: [openid]\n', problems: [] },
    {
      name: 'CloudFormation JSON',
      json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "GenerateSecret": true, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": [{"Fn::Sub": "${Api}/read"}, [|"openid"|]]}}}}',
      problems: [ID],
    },
    { name: 'scopes key with no value', yaml: cfn(''), problems: [] },
  ]);
});
