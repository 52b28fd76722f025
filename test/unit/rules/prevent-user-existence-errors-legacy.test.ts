import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/prevent-user-existence-errors-legacy';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'ENABLED: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "PreventUserExistenceErrors": "ENABLED"}', problems: [] },
    {
      name: 'omitted in API JSON: info on the first key, fix adds ENABLED',
      json: '{[|"UserPoolId"|]: "us-east-1_abc", "ClientName": "web"}',
      problems: [ID],
      message: 'omitted',
      fix: { title: 'Set PreventUserExistenceErrors: ENABLED', result: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "PreventUserExistenceErrors": "ENABLED"}' },
    },
    {
      name: 'explicit LEGACY in block YAML: info on the value, fix replaces it',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nPreventUserExistenceErrors: [|LEGACY|]\n',
      problems: [ID],
      fix: { title: 'Set PreventUserExistenceErrors: ENABLED', result: 'UserPoolId: us-east-1_abc\nClientName: web\nPreventUserExistenceErrors: ENABLED\n' },
    },
    {
      name: 'omitted in a template: info on the logical id, fix inserts the property',
      yaml: 'Resources:\n  [|Client|]:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n',
      problems: [ID],
      fix: { title: 'Set PreventUserExistenceErrors: ENABLED', result: 'Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      PreventUserExistenceErrors: ENABLED\n' },
    },
    { name: 'CloudFormation JSON ENABLED: ok', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "PreventUserExistenceErrors": "ENABLED"}}}}', problems: [] },
    { name: 'intrinsic: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      PreventUserExistenceErrors: !Ref Mode\n', problems: [] },
    { name: 'invalid value is the other rule\'s business', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "PreventUserExistenceErrors": "DISABLED"}', problems: [] },
    { name: 'describe output LEGACY: info, no fix', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "PreventUserExistenceErrors": [|"LEGACY"|]}}', problems: [ID], message: 'update the client' },
  ]);
});
