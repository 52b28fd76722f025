import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-secret-literal';

describe(ID, () => {
  runRuleCases(ID, [
    {
      name: 'describe output with the secret: warning on the value, fix removes it',
      json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "ClientSecret": [|"1u5o9pcu17m55om48atcqlr2ko14pct0qa0eh122ga"|]}}',
      problems: [ID],
      fix: { title: 'Remove ClientSecret', result: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1ab"}}' },
    },
    {
      name: 'the message never repeats the secret',
      yaml: 'UserPoolClient:\n  UserPoolId: us-east-1_abc\n  ClientId: 1ab\n  ClientSecret: [|verysecretvalue123456789|]\n',
      problems: [ID],
      message: 'clear text',
    },
    {
      name: 'create input with a custom secret',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": [|"Abcdefghijklmnop1234567890"|]}',
      problems: [ID],
    },
    {
      name: "the explorer's redacted configuration document: no warning (the secret is not in it)",
      json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "ClientSecret": "REDACTED_BY_COGNITO_LENS"}}',
      problems: [],
    },
    { name: 'describe output of a public client: ok', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "ClientName": "spa"}}', problems: [] },
    { name: 'create input with GenerateSecret only: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "GenerateSecret": true}', problems: [] },
    { name: 'half-typed ClientSecret: nothing to warn about yet', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": }', problems: [] },
    {
      name: 'template: cognito/cfn-readonly-property covers it',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      ClientSecret: Abcdefghijklmnop1234567890\n',
      problems: [],
    },
  ]);
});
