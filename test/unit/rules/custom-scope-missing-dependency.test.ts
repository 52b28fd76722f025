import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/custom-scope-missing-dependency';
const server = '  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: orders-api\n      Name: Orders\n      Scopes: [{ScopeName: read, ScopeDescription: Read}]\n';
const client = (extra: string, scopes: string) =>
  `  Client:\n    Type: AWS::Cognito::UserPoolClient\n${extra}    Properties:\n      UserPoolId: !Ref Pool\n      GenerateSecret: true\n      AllowedOAuthFlows: [client_credentials]\n      AllowedOAuthScopes:\n${scopes}`;
const template = (extra: string, scopes: string) => `Resources:\n${server}${client(extra, scopes)}`;
const jsonTemplate = (clientExtra: string, scope: string) =>
  `{"Resources": {"Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Identifier": "orders-api", "Name": "O"}}, "Client": {"Type": "AWS::Cognito::UserPoolClient",${clientExtra} "Properties": {"UserPoolId": {"Ref": "Pool"}, "AllowedOAuthScopes": [${scope}]}}}}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'DependsOn the resource server: ok', yaml: template('    DependsOn: Api\n', '        - orders-api/read\n'), problems: [] },
    { name: 'DependsOn list: ok', yaml: template('    DependsOn: [Other, Api]\n', '        - orders-api/read\n'), problems: [] },
    { name: 'scope built with !Sub from the Ref: ok', yaml: template('', "        - !Sub '${Api}/read'\n"), problems: [] },
    { name: 'another Ref of the server in the client: ok', yaml: template('', "        - orders-api/read\n        - !Join ['/', [!Ref Api, write]]\n"), problems: [] },
    {
      name: 'no DependsOn: fix inserts one (block YAML)',
      yaml: template('', '        - [|orders-api/read|]\n'),
      problems: [ID],
      message: 'DependsOn: Api',
      fix: { title: 'Add DependsOn: Api', result: template('', '        - orders-api/read\n') + '    DependsOn: Api\n' },
    },
    {
      name: 'scalar DependsOn on something else: fix turns it into a list',
      yaml: template('    DependsOn: Other\n', '        - [|orders-api/read|]\n'),
      problems: [ID],
      fix: { title: 'Add DependsOn: Api', result: template('    DependsOn: [Other, Api]\n', '        - orders-api/read\n') },
    },
    {
      name: 'block DependsOn list: fix appends',
      yaml: template('    DependsOn:\n      - Other\n', '        - [|orders-api/read|]\n'),
      problems: [ID],
      fix: { title: 'Add DependsOn: Api', result: template('    DependsOn:\n      - Other\n      - Api\n', '        - orders-api/read\n') },
    },
    {
      name: 'JSON: fix inserts DependsOn',
      json: jsonTemplate('', '[|"orders-api/read"|]'),
      problems: [ID],
      fix: { title: 'Add DependsOn: Api', result: jsonTemplate('', '"orders-api/read"').replace('}}}}', '}, "DependsOn": "Api"}}}') },
    },
    {
      name: 'JSON: fix appends to a DependsOn list',
      json: jsonTemplate(' "DependsOn": ["Other"],', '[|"orders-api/read"|]'),
      problems: [ID],
      fix: { title: 'Add DependsOn: Api', result: jsonTemplate(' "DependsOn": ["Other", "Api"],', '"orders-api/read"') },
    },
    {
      name: 'JSON: fix turns a scalar DependsOn into a list',
      json: jsonTemplate(' "DependsOn": "Other",', '[|"orders-api/read"|]'),
      problems: [ID],
      fix: { title: 'Add DependsOn: Api', result: jsonTemplate(' "DependsOn": ["Other","Api"],', '"orders-api/read"') },
    },
    { name: 'two scopes of the same server: one finding', yaml: template('', '        - [|orders-api/read|]\n        - orders-api/write\n'), problems: [ID] },
    { name: 'scope of a server not in the template: skipped', yaml: template('', '        - billing-api/read\n'), problems: [] },
    { name: 'server identifier from !Sub: skipped', yaml: `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: !Sub '\${Env}-api'\n      Name: O\n${client('', '        - prod-api/read\n')}`, problems: [] },
    { name: 'API input is not a template', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "m", "AllowedOAuthScopes": ["orders-api/read"]}', problems: [] },
    { name: 'scopes key with no value', yaml: template('', ''), problems: [] },
  ]);
});
