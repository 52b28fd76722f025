import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/resource-server-too-many-scopes';

const scopes = (n: number) => Array.from({ length: n }, (_, i) => ({ ScopeName: `s${i}`, ScopeDescription: `scope ${i}` }));
const api = (n: number) => JSON.stringify({ UserPoolId: 'us-east-1_abc', Identifier: 'orders', Name: 'Orders', Scopes: scopes(n) }).replace('"Scopes"', '[|"Scopes"|]');

describe(ID, () => {
  runRuleCases(ID, [
    { name: '100 scopes: ok', json: api(100).replace(/\[\||\|\]/g, ''), problems: [] },
    { name: '101 scopes: error on the key', json: api(101), problems: [ID], message: 'this one has 101' },
    {
      name: 'YAML template with 101 scopes',
      yaml: `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: orders\n      Name: Orders\n      [|Scopes|]:\n${scopes(101).map((s) => `        - {ScopeName: ${s.ScopeName}, ScopeDescription: ${s.ScopeDescription}}`).join('\n')}\n`,
      problems: [ID],
    },
    {
      name: 'conditional items are not counted',
      yaml: `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: orders\n      Name: Orders\n      Scopes:\n${scopes(100).map((s) => `        - {ScopeName: ${s.ScopeName}, ScopeDescription: d}`).join('\n')}\n        - !If [C, {ScopeName: x, ScopeDescription: d}, !Ref AWS::NoValue]\n`,
      problems: [],
    },
    { name: 'Scopes from a parameter: skipped', yaml: 'Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: orders\n      Name: Orders\n      Scopes: !Ref Scopes\n', problems: [] },
    { name: 'half-typed Scopes: no finding', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders", "Scopes": }', problems: [] },
  ]);
});
