import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-credentials-requires-secret';

describe(ID, () => {
  runRuleCases(ID, [
    {
      name: 'secret generated: ok',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "m2m", "GenerateSecret": true, "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": ["api/read"]}',
      problems: [],
    },
    {
      name: 'no GenerateSecret: error on the flow, with a fix',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "m2m", "AllowedOAuthFlows": [[|"client_credentials"|]]}',
      problems: [ID],
      fix: { title: 'Set GenerateSecret: true', result: '{"UserPoolId": "us-east-1_abc", "ClientName": "m2m", "AllowedOAuthFlows": ["client_credentials"], "GenerateSecret": true}' },
    },
    {
      name: 'GenerateSecret false in YAML template: error on the value, fix replaces it',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      GenerateSecret: [|false|]\n      AllowedOAuthFlows:\n        - client_credentials\n',
      problems: [ID],
      fix: { title: 'Set GenerateSecret: true', result: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      GenerateSecret: true\n      AllowedOAuthFlows:\n        - client_credentials\n' },
    },
    {
      name: 'GenerateSecret from a condition: unknown, no finding',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      GenerateSecret: !If [IsProd, true, false]\n      AllowedOAuthFlows: [client_credentials]\n',
      problems: [],
    },
    {
      name: 'update input: secret state unknown, no finding',
      json: '{"UserPoolId": "us-east-1_abc", "ClientId": "abc", "AllowedOAuthFlows": ["client_credentials"]}',
      problems: [],
    },
    {
      name: 'describe output without ClientSecret',
      json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ClientName": "m", "AllowedOAuthFlows": [[|"client_credentials"|]]}}',
      problems: [ID],
    },
  ]);
});
