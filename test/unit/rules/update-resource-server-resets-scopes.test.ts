import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/update-resource-server-resets-scopes';
const UPDATE = 'api:UpdateResourceServer';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'scopes listed: ok', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}', format: UPDATE, problems: [] },
    { name: 'Scopes omitted: warning at the first key', json: '{[|"UserPoolId"|]: "us-east-1_abc", "Identifier": "orders", "Name": "Orders v2"}', format: UPDATE, problems: [ID], message: 'Scopes is omitted' },
    { name: 'Scopes empty', yaml: 'UserPoolId: us-east-1_abc\nIdentifier: orders\nName: Orders\nScopes: [|[]|]\n', format: UPDATE, problems: [ID], message: 'Scopes is empty' },
    { name: 'update recognised by its file name', uri: 'file:///work/update-resource-server.json', json: '{[|"UserPoolId"|]: "us-east-1_abc", "Identifier": "orders", "Name": "Orders"}', problems: [ID] },
    { name: 'create input: scopes are optional', uri: 'file:///work/create-resource-server.json', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders"}', problems: [] },
    {
      name: 'describe output of the same server: fix adds its scopes',
      json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders v2"}',
      format: UPDATE,
      files: [{ uri: 'file:///work/describe-rs.json', json: '{"ResourceServer": {"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}}' }],
      problems: [ID],
      fix: { title: 'Add the current scopes', result: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders v2", "Scopes": [{"ScopeName":"read","ScopeDescription":"Read"}]}' },
    },
    {
      name: 'empty list in YAML, current scopes from list-resource-servers output',
      yaml: 'UserPoolId: us-east-1_abc\nIdentifier: orders\nName: Orders\nScopes: []\n',
      format: UPDATE,
      files: [{ uri: 'file:///work/list-rs.json', json: '{"ResourceServers": [{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}]}' }],
      problems: [ID],
      fix: { title: 'Add the current scopes', result: 'UserPoolId: us-east-1_abc\nIdentifier: orders\nName: Orders\nScopes: [{ScopeName: read, ScopeDescription: Read}]\n' },
    },
    {
      name: 'the deployed server has no scopes: nothing is lost',
      json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders v2"}',
      format: UPDATE,
      files: [{ uri: 'file:///work/describe-rs.json', json: '{"ResourceServer": {"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders"}}' }],
      problems: [],
    },
    { name: 'half-typed Scopes: no finding', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders", "Scopes": }', format: UPDATE, problems: [] },
  ]);
});
