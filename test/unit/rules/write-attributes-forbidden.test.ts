import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/write-attributes-forbidden';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'readable verified flags, writable email: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ReadAttributes": ["email", "email_verified"], "WriteAttributes": ["email"]}', problems: [] },
    {
      name: 'email_verified in JSON: error, fix removes it',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "WriteAttributes": ["email", [|"email_verified"|]]}',
      problems: [ID],
      message: 'email_verified',
      fix: { title: 'Remove email_verified from WriteAttributes', result: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "WriteAttributes": ["email"]}' },
    },
    {
      name: 'phone_number_verified in block YAML: fix removes the line',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nWriteAttributes:\n  - phone_number\n  - [|phone_number_verified|]\n  - name\n',
      problems: [ID],
      fix: { title: 'Remove phone_number_verified from WriteAttributes', result: 'UserPoolId: us-east-1_abc\nClientName: web\nWriteAttributes:\n  - phone_number\n  - name\n' },
    },
    { name: 'dev: attribute in a template', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      WriteAttributes: [email, [|"dev:internal_id"|]]\n', problems: [ID], message: 'developer-only' },
    { name: 'CloudFormation JSON, two forbidden', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "WriteAttributes": [[|"email_verified"|], "phone_number_verified"]}}}}', problems: [ID, ID] },
    { name: 'intrinsic item skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      WriteAttributes: [email, !If [X, email_verified, name]]\n', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "WriteAttributes": [[|"email_verified"|]]}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nWriteAttributes:\n  -\n', problems: [] },
  ]);
});
