import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/required-attributes-not-writable';
const pool = (schema: string) => `  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Schema:\n${schema}`;
const EMAIL = '        - Name: email\n          Required: true\n          Mutable: true\n';
const client = (writes: string) => `  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n${writes}`;
const template = (schema: string, writes: string) => `Resources:\n${pool(schema)}${client(writes)}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'required email writable: ok', yaml: template(EMAIL, '      WriteAttributes: [name, email]\n'), problems: [] },
    { name: 'WriteAttributes omitted (all writable): ok', yaml: template(EMAIL, ''), problems: [] },
    {
      name: 'required email not writable: error on WriteAttributes, fix appends it',
      yaml: template(EMAIL, '      [|WriteAttributes|]:\n        - name\n'),
      problems: [ID],
      message: 'email',
      fix: { title: 'Add email to WriteAttributes', result: template(EMAIL, '      WriteAttributes:\n        - name\n        - email\n') },
    },
    {
      name: 'required custom attribute needs the custom: prefix',
      yaml: template('        - Name: tenant\n          AttributeDataType: String\n          Required: true\n', '      [|WriteAttributes|]: [tenant]\n'),
      problems: [ID],
      message: 'custom:tenant',
      fix: { title: 'Add custom:tenant to WriteAttributes', result: template('        - Name: tenant\n          AttributeDataType: String\n          Required: true\n', '      WriteAttributes: [tenant, custom:tenant]\n') },
    },
    { name: 'sub marked Required (former2 export) is never writable: ok', yaml: template('        - Name: sub\n          Required: true\n          Mutable: false\n', '      WriteAttributes: [email]\n'), problems: [] },
    { name: 'Required from a condition: not known, ok', yaml: template('        - Name: email\n          Required: !If [X, true, false]\n', '      WriteAttributes: [name]\n'), problems: [] },
    { name: 'WriteAttributes with an intrinsic item: skipped', yaml: template(EMAIL, '      WriteAttributes: [name, !If [X, email, name]]\n'), problems: [] },
    { name: 'Schema from a parameter-driven Fn::If: skipped', yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      Schema: !If [X, [], []]\n' + client('      WriteAttributes: [name]\n'), problems: [] },
    {
      name: 'CloudFormation JSON',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"Schema": [{"Name": "email", "Required": true}, {"Name": "name", "Required": "true"}]}}, "Client": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, [|"WriteAttributes"|]: ["email"]}}}}',
      problems: [ID],
      fix: { title: 'Add name to WriteAttributes', result: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"Schema": [{"Name": "email", "Required": true}, {"Name": "name", "Required": "true"}]}}, "Client": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, "WriteAttributes": ["email", "name"]}}}}' },
    },
    {
      name: 'pool known from a describe output in the workspace (SchemaAttributes)',
      yaml: 'Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: us-east-1_abc\n      [|WriteAttributes|]: [name]\n',
      files: [{ uri: 'file:///work/pool.json', json: '{"UserPool": {"Id": "us-east-1_abc", "SchemaAttributes": [{"Name": "sub", "Required": true}, {"Name": "email", "Required": true}, {"Name": "custom:plan", "Required": false}]}}' }],
      problems: [ID],
      message: 'email',
    },
    { name: 'pool unknown: ok', yaml: 'Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: us-east-1_zzz\n      WriteAttributes: [name]\n', problems: [] },
    { name: 'half-typed WriteAttributes: no finding', yaml: template(EMAIL, '      WriteAttributes:\n'), problems: [] },
  ]);
});
