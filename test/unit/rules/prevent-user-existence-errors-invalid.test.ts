import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/prevent-user-existence-errors-invalid';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'ENABLED: ok', json: `{${BASE}, "PreventUserExistenceErrors": "ENABLED"}`, problems: [] },
    { name: 'LEGACY: ok', json: `{${BASE}, "PreventUserExistenceErrors": "LEGACY"}`, problems: [] },
    { name: 'omitted: ok', json: `{${BASE}}`, problems: [] },
    {
      name: 'DISABLED: error, fix sets ENABLED',
      json: `{${BASE}, "PreventUserExistenceErrors": [|"DISABLED"|]}`,
      problems: [ID],
      message: 'DISABLED',
      fix: { title: 'Set PreventUserExistenceErrors: ENABLED', result: `{${BASE}, "PreventUserExistenceErrors": "ENABLED"}` },
    },
    {
      name: 'YAML boolean true: fix sets ENABLED',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nPreventUserExistenceErrors: [|true|]\n',
      problems: [ID],
      fix: { title: 'Set PreventUserExistenceErrors: ENABLED', result: 'UserPoolId: us-east-1_abc\nClientName: web\nPreventUserExistenceErrors: ENABLED\n' },
    },
    {
      name: 'mis-cased Legacy in a template: fix upper-cases',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      PreventUserExistenceErrors: [|Legacy|]\n',
      problems: [ID],
      fix: { title: 'Replace with LEGACY', result: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      PreventUserExistenceErrors: LEGACY\n' },
    },
    { name: 'Enabled in a CloudFormation JSON template', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "PreventUserExistenceErrors": [|"Enabled"|]}}}}', problems: [ID] },
    { name: 'intrinsic: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      PreventUserExistenceErrors: !If [Strict, ENABLED, LEGACY]\n', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "PreventUserExistenceErrors": [|"OFF"|]}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nPreventUserExistenceErrors:\n', problems: [] },
  ]);
});
