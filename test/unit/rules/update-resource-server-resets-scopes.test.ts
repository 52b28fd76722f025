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
    { name: 'half-typed Scopes: no finding', json: '{"UserPoolId": "us-east-1_abc", "Identifier": "orders", "Name": "Orders", "Scopes": }', format: UPDATE, problems: [] },
  ]);
});
