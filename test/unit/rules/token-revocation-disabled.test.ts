import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/token-revocation-disabled';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'true: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "EnableTokenRevocation": true}', problems: [] },
    { name: 'omitted: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web"}', problems: [] },
    {
      name: 'false: info, fix sets true',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "EnableTokenRevocation": [|false|]}',
      problems: [ID],
      fix: { title: 'Set EnableTokenRevocation: true', result: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "EnableTokenRevocation": true}' },
    },
    {
      name: 'false in a template',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      EnableTokenRevocation: [|false|]\n',
      problems: [ID],
      fix: { title: 'Set EnableTokenRevocation: true', result: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      EnableTokenRevocation: true\n' },
    },
    { name: 'CloudFormation JSON string "false"', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "EnableTokenRevocation": [|"false"|]}}}}', problems: [ID] },
    { name: 'intrinsic: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      EnableTokenRevocation: !If [Prod, true, false]\n', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "EnableTokenRevocation": [|false|]}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nEnableTokenRevocation:\n', problems: [] },
  ]);
});
