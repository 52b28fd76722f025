import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-name-invalid';
const cfn = (name: string) => `Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ClientName: ${name}\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'letters, space, hyphen: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web app-1"}', problems: [] },
    { name: 'all allowed punctuation: ok', yaml: 'UserPoolId: us-east-1_abc\nClientName: a_b+c=d,e.f@g-h\n', problems: [] },
    {
      name: 'slash and hash: on the value',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": [|"web/app#1"|]}',
      problems: [ID],
      message: 'remove / #',
    },
    { name: 'empty name', json: '{"UserPoolId": "us-east-1_abc", "ClientName": [|""|]}', problems: [ID], message: 'must not be empty' },
    { name: '129 characters', json: `{"UserPoolId": "us-east-1_abc", "ClientName": [|"${'a'.repeat(129)}"|]}`, problems: [ID], message: 'it has 129' },
    { name: '128 characters: ok', json: `{"UserPoolId": "us-east-1_abc", "ClientName": "${'a'.repeat(128)}"}`, problems: [] },
    { name: 'non-ASCII letter', yaml: 'UserPoolId: us-east-1_abc\nClientName: [|café|]\n', problems: [ID] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ClientName": [|"a:b"|]}}', problems: [ID] },
    { name: 'number in YAML is a valid name', yaml: 'UserPoolId: us-east-1_abc\nClientName: 123\n', problems: [] },
    { name: 'CloudFormation !Sub is skipped', yaml: cfn("!Sub '${AWS::StackName}-client'"), problems: [] },
    { name: 'CloudFormation Fn::Join is skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": "us-east-1_abc", "ClientName": {"Fn::Join": ["-", ["a", "b"]]}}}}}', problems: [] },
    { name: 'key with no value: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName:\n', problems: [] },
    {
      name: 'CloudFormation ${Env} without !Sub: fix wraps in !Sub',
      yaml: cfn('[|app-${Env}-client|]'),
      problems: [ID],
      fix: { title: 'Wrap in !Sub', result: cfn('!Sub "app-${Env}-client"') },
    },
    {
      name: 'CloudFormation JSON ${Env} without Fn::Sub: fix wraps in Fn::Sub',
      json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": "us-east-1_abc", "ClientName": [|"app-${Env}"|]}}}}',
      problems: [ID],
      fix: { title: 'Wrap in !Sub', result: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": "us-east-1_abc", "ClientName": {"Fn::Sub": "app-${Env}"}}}}}' },
    },
  ]);
});
