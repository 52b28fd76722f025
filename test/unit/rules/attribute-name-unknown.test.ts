import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/attribute-name-unknown';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'standard, custom and dev names: ok', json: `{${BASE}, "ReadAttributes": ["email", "sub", "custom:department", "dev:legacy"], "WriteAttributes": ["name", "custom:department"]}`, problems: [] },
    {
      name: 'custom attribute without the prefix: warning, fix adds it',
      json: `{${BASE}, "ReadAttributes": ["email", [|"department"|]]}`,
      problems: [ID],
      message: 'custom: prefix',
      fix: { title: 'Replace with custom:department', result: `{${BASE}, "ReadAttributes": ["email", "custom:department"]}` },
    },
    {
      name: 'camelCase standard name in block YAML: fix snake-cases it',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nReadAttributes:\n  - [|emailVerified|]\n',
      problems: [ID],
      fix: { title: 'Replace with email_verified', result: 'UserPoolId: us-east-1_abc\nClientName: web\nReadAttributes:\n  - email_verified\n' },
    },
    { name: '"phone" means phone_number', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nWriteAttributes: [[|phone|]]\n', problems: [ID], message: 'phone_number' },
    { name: 'empty name', json: `{${BASE}, "ReadAttributes": [[|""|]]}`, problems: [ID], message: '1 to 2048' },
    {
      name: 'template: custom: attribute not declared in the pool Schema',
      yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Schema:\n        - Name: plan\n          AttributeDataType: String\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ReadAttributes: ["custom:plan", [|"custom:tier"|]]\n',
      problems: [ID],
      message: 'custom:tier',
    },
    {
      name: 'template: unprefixed name declared in Schema gets the custom: fix',
      yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Schema:\n        - Name: plan\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ReadAttributes: [[|plan|]]\n',
      problems: [ID],
      fix: { title: 'Replace with custom:plan', result: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Schema:\n        - Name: plan\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ReadAttributes: [custom:plan]\n' },
    },
    { name: 'Schema with an intrinsic entry: custom names not checked', yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Schema:\n        - !If [X, {Name: plan}, !Ref AWS::NoValue]\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ReadAttributes: ["custom:tier"]\n', problems: [] },
    { name: 'CloudFormation JSON with intrinsic items skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "ReadAttributes": [{"Fn::If": ["X", "department", "email"]}, [|"Email"|]]}}}}', problems: [ID] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ReadAttributes": ["email", [|"username"|]]}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nReadAttributes:\n  -\n', problems: [] },
  ]);
});
