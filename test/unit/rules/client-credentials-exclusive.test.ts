import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-credentials-exclusive';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "m2m", "GenerateSecret": true, "AllowedOAuthFlowsUserPoolClient": true';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'client_credentials alone: ok', json: `{${head}, "AllowedOAuthFlows": ["client_credentials"]}`, problems: [] },
    { name: 'code and implicit: ok', json: `{${head}, "AllowedOAuthFlows": ["code", "implicit"]}`, problems: [] },
    {
      name: 'with code: fix removes client_credentials',
      json: `{${head}, "AllowedOAuthFlows": ["code", [|"client_credentials"|]]}`,
      problems: [ID],
      message: 'remove code',
      fix: { title: 'Remove client_credentials', result: `{${head}, "AllowedOAuthFlows": ["code"]}` },
    },
    {
      name: 'with code and implicit in block YAML',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: m\nAllowedOAuthFlows:\n  - [|client_credentials|]\n  - code\n  - implicit\n',
      problems: [ID],
      message: 'code and implicit',
      fix: { title: 'Remove client_credentials', result: 'UserPoolId: us-east-1_abc\nClientName: m\nAllowedOAuthFlows:\n  - code\n  - implicit\n' },
    },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ClientSecret": "s", "AllowedOAuthFlows": ["implicit", [|"client_credentials"|]]}}', problems: [ID] },
    { name: 'update input', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": [[|"client_credentials"|], "code"]}', problems: [ID] },
    {
      name: 'CloudFormation: an !If item is unknown, literal ones count',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: [[|client_credentials|], !If [X, code, implicit]]\n',
      problems: [],
    },
    {
      name: 'CloudFormation JSON',
      json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": ["code", [|"client_credentials"|]]}}}}',
      problems: [ID],
    },
    { name: 'CloudFormation Fn::If list skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": {"Fn::If": ["X", ["code", "client_credentials"], ["code"]]}}}}}', problems: [] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: m\nAllowedOAuthFlows:\n', problems: [] },
  ]);
});
