import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/auth-session-validity-range';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: '3: ok', json: `{${BASE}, "AuthSessionValidity": 3}`, problems: [] },
    { name: '15: ok', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAuthSessionValidity: 15\n', problems: [] },
    {
      name: '30: error, fix clamps to 15',
      json: `{${BASE}, "AuthSessionValidity": [|30|]}`,
      problems: [ID],
      message: '30',
      fix: { title: 'Set AuthSessionValidity: 15', result: `{${BASE}, "AuthSessionValidity": 15}` },
    },
    {
      name: '1 in block YAML: fix sets 3',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAuthSessionValidity: [|1|]\n',
      problems: [ID],
      fix: { title: 'Set AuthSessionValidity: 3', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAuthSessionValidity: 3\n' },
    },
    { name: 'template', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AuthSessionValidity: [|60|]\n', problems: [ID] },
    { name: 'CloudFormation JSON, non-integer', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AuthSessionValidity": [|4.5|]}}}}', problems: [ID] },
    { name: 'not a number', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAuthSessionValidity: [|five|]\n', problems: [ID], message: 'five' },
    { name: 'intrinsic: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AuthSessionValidity: !Ref Minutes\n', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AuthSessionValidity": [|2|]}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAuthSessionValidity:\n', problems: [] },
  ]);
});
