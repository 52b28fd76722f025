import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/scope-field-invalid';

const cfn = (scopes: string) => `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: orders-api\n      Name: Orders\n      Scopes:\n${scopes}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'valid scopes: ok', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders-api", "Name": "Orders", "Scopes": [{"ScopeName": "orders.read", "ScopeDescription": "Read"}]}', problems: [] },
    {
      name: 'scope name repeats the identifier: fix keeps the name alone',
      json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders-api", "Name": "Orders", "Scopes": [{"ScopeName": [|"orders-api/read"|], "ScopeDescription": "Read"}]}',
      problems: [ID],
      message: 'use read',
      fix: { title: 'Use read', result: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders-api", "Name": "Orders", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}' },
    },
    {
      name: 'slash in a scope name of a URL identifier (YAML template)',
      yaml: cfn('        - ScopeName: [|read/all|]\n          ScopeDescription: Read\n'),
      problems: [ID],
      message: 'not allowed: "/"',
    },
    {
      name: 'missing ScopeDescription: the item is underlined',
      yaml: cfn('        - [|ScopeName: read|]\n'),
      problems: [ID],
      message: 'add ScopeDescription',
    },
    {
      name: 'empty description and too long name (JSON template)',
      json: `{"Resources": {"Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Identifier": "a", "Name": "A", "Scopes": [{"ScopeName": [|"${'n'.repeat(257)}"|], "ScopeDescription": ""}]}}}}`,
      problems: [ID, ID],
    },
    {
      name: 'describe list-resource-servers output',
      json: '{"ResourceServers": [{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders", "Scopes": [{"ScopeName": [|"read all"|], "ScopeDescription": "Read"}]}]}',
      problems: [ID],
    },
    { name: 'intrinsic scope items and values are skipped', yaml: cfn('        - !If [HasWrite, {ScopeName: write, ScopeDescription: W}, !Ref AWS::NoValue]\n        - ScopeName: !Sub "${Env}.read"\n          ScopeDescription: Read\n'), problems: [] },
    { name: 'half-typed ScopeName: no finding', yaml: cfn('        - ScopeName:\n          ScopeDescription: Read\n'), problems: [] },
  ]);
});
