import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/cfn-readonly-property';

const client = (props: string) => `Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n${props}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'ClientName and GenerateSecret: ok', yaml: client('      ClientName: web\n      GenerateSecret: true\n'), problems: [] },
    {
      name: 'ClientId from !Ref (corpus 005): the property itself is wrong',
      yaml: client('      [|ClientId|]: !Ref ClientName\n      ClientName: web\n'),
      problems: [ID],
      message: 'read the id with Ref',
      fix: { title: 'Remove ClientId', result: client('      ClientName: web\n') },
    },
    {
      name: 'Name instead of ClientName: rename fix',
      yaml: client('      [|Name|]: web\n'),
      problems: [ID],
      fix: { title: 'Rename to ClientName', result: client('      ClientName: web\n') },
    },
    {
      name: 'JSON template with ClientSecret and Name',
      json: '{"Resources": {"Client": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, [|"Name"|]: "web", "ClientSecret": "Abcdefghijklmnop1234567890"}}}}',
      problems: [ID, ID],
    },
    {
      name: 'JSON Name rename keeps the quotes',
      json: '{"Resources": {"Client": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, [|"Name"|]: "web"}}}}',
      problems: [ID],
      fix: { title: 'Rename to ClientName', result: '{"Resources": {"Client": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, "ClientName": "web"}}}}' },
    },
    {
      name: 'Name next to ClientName: removal instead of rename',
      yaml: client('      ClientName: web\n      [|Name|]: web\n'),
      problems: [ID],
      fix: { title: 'Remove Name', result: client('      ClientName: web\n') },
    },
    {
      name: 'half-typed ClientSecret key is reported on the key',
      yaml: client('      [|ClientSecret|]:\n'),
      problems: [ID],
    },
    {
      name: 'resource server Name is a real property; Id is not',
      yaml: 'Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: orders\n      Name: Orders\n      [|Id|]: orders\n',
      problems: [ID],
    },
    {
      name: 'API create input may carry ClientSecret: not a template',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": "Abcdefghijklmnop1234567890"}',
      problems: [],
    },
  ]);
});
