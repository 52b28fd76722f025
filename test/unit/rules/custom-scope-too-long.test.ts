import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/custom-scope-too-long';

const id200 = `https://${'a'.repeat(180)}.example.com`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'short scope: ok', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "https://orders.example.com", "Name": "Orders", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}', problems: [] },
    {
      name: 'exactly 256 characters: ok',
      json: JSON.stringify({ UserPoolId: 'us-east-1_abc', Identifier: 'i'.repeat(200), Name: 'A', Scopes: [{ ScopeName: 'n'.repeat(55), ScopeDescription: 'd' }] }),
      problems: [],
    },
    {
      name: '257 characters: error on the scope name',
      json: `{"UserPoolId": "us-east-1_abc", "Identifier": "${'i'.repeat(200)}", "Name": "A", "Scopes": [{"ScopeName": "read", "ScopeDescription": "d"}, {"ScopeName": [|"${'n'.repeat(56)}"|], "ScopeDescription": "d"}]}`,
      problems: [ID],
      message: 'it has 257',
    },
    {
      name: 'YAML template',
      yaml: `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: ${id200}\n      Name: Orders\n      Scopes:\n        - ScopeName: [|${'b'.repeat(60)}|]\n          ScopeDescription: long\n`,
      problems: [ID],
    },
    {
      name: 'identifier from !Sub: length unknown',
      yaml: `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: !Sub "https://\${Host}"\n      Name: Orders\n      Scopes:\n        - ScopeName: ${'b'.repeat(250)}\n          ScopeDescription: long\n`,
      problems: [],
    },
    {
      name: 'identifier itself too long: left to resource-server-field-invalid',
      json: JSON.stringify({ UserPoolId: 'us-east-1_abc', Identifier: 'i'.repeat(300), Name: 'A', Scopes: [{ ScopeName: 'read', ScopeDescription: 'd' }] }),
      problems: [],
    },
    { name: 'half-typed ScopeName: no finding', json: `{"UserPoolId": "us-east-1_abc", "Identifier": "${'i'.repeat(256)}", "Name": "A", "Scopes": [{"ScopeName": }]}`, problems: [] },
  ]);
});
