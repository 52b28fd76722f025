import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/implicit-grant-discouraged';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true';
const cfn = (flows: string) => `Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows:\n${flows}      CallbackURLs: [https://a.example/cb]\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'code only: ok', json: `{${head}, "AllowedOAuthFlows": ["code"]}`, problems: [] },
    {
      name: 'code and implicit: fix removes implicit',
      json: `{${head}, "AllowedOAuthFlows": ["code", [|"implicit"|]]}`,
      problems: [ID],
      fix: { title: 'Remove implicit', result: `{${head}, "AllowedOAuthFlows": ["code"]}` },
    },
    {
      name: 'implicit first, JSON: removal keeps the list valid',
      json: `{${head}, "AllowedOAuthFlows": [[|"implicit"|], "code"]}`,
      problems: [ID],
      fix: { title: 'Remove implicit', result: `{${head}, "AllowedOAuthFlows": ["code"]}` },
    },
    {
      name: 'implicit alone: fix replaces it with code',
      json: `{${head}, "AllowedOAuthFlows": [[|"implicit"|]]}`,
      problems: [ID],
      fix: { title: 'Replace implicit with code', result: `{${head}, "AllowedOAuthFlows": ["code"]}` },
    },
    {
      name: 'block YAML template: fix removes the line',
      yaml: cfn('        - code\n        - [|implicit|]\n'),
      problems: [ID],
      fix: { title: 'Remove implicit', result: cfn('        - code\n') },
    },
    {
      name: 'block YAML template, implicit alone: replace with code',
      yaml: cfn('        - [|implicit|]\n'),
      problems: [ID],
      fix: { title: 'Replace implicit with code', result: cfn('        - code\n') },
    },
    {
      name: 'flow YAML CLI input',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows: [code, [|implicit|]]\n',
      problems: [ID],
      fix: { title: 'Remove implicit', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows: [code]\n' },
    },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": [[|"implicit"|]]}}', problems: [ID] },
    { name: 'CloudFormation !If list skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: !If [Postman, [code, implicit], [code]]\n', problems: [] },
    { name: 'CloudFormation JSON', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": [{"Ref": "F"}, [|"implicit"|]]}}}}', problems: [ID] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows:\n', problems: [] },
  ]);
});
