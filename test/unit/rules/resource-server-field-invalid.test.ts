import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/resource-server-field-invalid';

const cfn = (props: string) => `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n${props}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'valid identifier and name: ok', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "https://api.example.com/v1", "Name": "Orders API v2", "Scopes": []}', problems: [] },
    {
      name: 'parentheses in Name',
      json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders-api", "Name": [|"Orders API (v2)"|]}',
      problems: [ID],
      message: 'not allowed: "(", ")"',
    },
    {
      name: 'space in Identifier (YAML template)',
      yaml: cfn('      Identifier: [|orders api|]\n      Name: Orders\n'),
      problems: [ID],
      message: 'not allowed: space',
    },
    {
      name: 'empty Name and a 257-character Identifier (JSON template)',
      json: `{"Resources": {"Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Identifier": [|"${'a'.repeat(257)}"|], "Name": ""}}}}`,
      problems: [ID, ID],
      message: 'it has 257',
    },
    {
      name: 'non-ASCII Identifier in a describe output',
      json: '{"ResourceServer": {"UserPoolId": "us-east-1_abc", "Identifier": [|"bestellungen-ä"|], "Name": "Orders"}}',
      problems: [ID],
    },
    { name: 'intrinsic values are skipped', yaml: cfn('      Identifier: !Sub "${AWS::StackName}-api"\n      Name: !Join [" ", [a, "(b)"]]\n'), problems: [] },
    { name: 'half-typed Name: no finding', yaml: cfn('      Identifier: orders\n      Name:\n'), problems: [] },
    {
      name: 'update input (file name) is checked too',
      uri: 'file:///work/update-rs.json',
      json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": [|"a/b"|], "Scopes": []}',
      problems: [ID],
    },
  ]);
});
