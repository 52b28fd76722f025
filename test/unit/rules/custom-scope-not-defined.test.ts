import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../../server/src/language-service';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/custom-scope-not-defined';
const POOL = 'us-east-1_abc';
const server = (identifier: string, scopes: string) =>
  `  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: !Ref Pool\n      Identifier: ${identifier}\n      Name: Orders\n      Scopes: ${scopes}\n`;
const client = (scopes: string) =>
  `  Client:\n    Type: AWS::Cognito::UserPoolClient\n    DependsOn: Api\n    Properties:\n      UserPoolId: !Ref Pool\n      GenerateSecret: true\n      AllowedOAuthFlowsUserPoolClient: true\n      AllowedOAuthFlows: [client_credentials]\n      AllowedOAuthScopes:\n${scopes}`;
const template = (rs: string, scopes: string) => `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n${rs}${client(scopes)}`;
const READ = '[{ScopeName: read, ScopeDescription: Read}]';
const apiClient = (scopes: string) => `{"UserPoolId": "${POOL}", "ClientName": "m2m", "GenerateSecret": true, "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": [${scopes}]}`;
const describedServer = (pool: string, identifier: string, scope: string) =>
  `{"ResourceServer": {"UserPoolId": "${pool}", "Identifier": "${identifier}", "Name": "API", "Scopes": [{"ScopeName": "${scope}", "ScopeDescription": "x"}]}}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'same template, defined scope: ok', yaml: template(server('orders-api', READ), '        - orders-api/read\n'), problems: [] },
    {
      name: 'same template, unknown scope name: did-you-mean fix',
      yaml: template(server('orders-api', READ), '        - [|orders-api/raed|]\n'),
      problems: [ID],
      message: 'has no scope raed',
      fix: { title: 'Replace with orders-api/read', result: template(server('orders-api', READ), '        - orders-api/read\n') },
    },
    { name: 'same template, unknown identifier', yaml: template(server('orders-api', READ), '        - [|billing-api/read|]\n'), problems: [ID], message: 'no resource server of this user pool has the identifier billing-api' },
    { name: 'URL identifier split at the last slash', yaml: template(server('https://api.example.com/v1', READ), '        - https://api.example.com/v1/read\n        - [|https://api.example.com/v1/write|]\n'), problems: [ID] },
    { name: 'no resource server known for the pool: skipped', yaml: `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n${client('        - orders-api/anything\n')}`, problems: [] },
    { name: 'identifier from !Sub may match: skipped', yaml: template(server("!Sub '${Env}-api'", READ), '        - prod-api/write\n'), problems: [] },
    { name: 'identifier from !Sub cannot match: reported', yaml: template(server("!Sub '${Env}-api'", READ), '        - [|orders/read|]\n'), problems: [ID] },
    { name: 'scopes from a parameter: skipped', yaml: template(server('orders-api', '!Ref ScopeList'), '        - orders-api/write\n'), problems: [] },
    { name: 'scope name from !Sub: skipped', yaml: template(server('orders-api', "[{ScopeName: !Sub '${Env}.read', ScopeDescription: x}]"), '        - orders-api/write\n'), problems: [] },
    { name: '!Sub of the resource server Ref: defined', yaml: template(server('orders-api', READ), "        - !Sub '${Api}/read'\n"), problems: [] },
    { name: '!Sub of the resource server Ref: undefined name', yaml: template(server('orders-api', READ), "        - !Sub [|'${Api}/write'|]\n"), problems: [ID], message: 'Resource server Api defines no such scope' },
    { name: '!Sub of another variable: skipped', yaml: template(server('orders-api', READ), "        - !Sub '${Env}/write'\n"), problems: [] },
    {
      name: 'JSON template with a Ref to an undeclared pool: same Ref, same pool',
      json: '{"Resources": {"Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "UserPool"}, "Identifier": "orders-api", "Name": "O", "Scopes": [{"ScopeName": "read", "ScopeDescription": "r"}]}}, "C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "UserPool"}, "AllowedOAuthScopes": [[|"orders-api/write"|]]}}}}',
      problems: [ID],
    },
    {
      name: 'API input + describe-resource-server output of the same pool',
      json: apiClient('"api/read", [|"api/write"|]'),
      files: [{ uri: 'file:///work/rs.json', json: describedServer(POOL, 'api', 'read') }],
      problems: [ID],
    },
    {
      name: 'resource server of another pool: skipped',
      json: apiClient('"api/write"'),
      files: [{ uri: 'file:///work/rs.json', json: describedServer('us-east-1_other', 'api', 'read') }],
      problems: [],
    },
    {
      name: 'list-resource-servers output counts',
      json: apiClient('"a/x", [|"b/y"|]'),
      files: [{ uri: 'file:///work/list.json', json: `{"ResourceServers": [{"UserPoolId": "${POOL}", "Identifier": "a", "Name": "A", "Scopes": [{"ScopeName": "x", "ScopeDescription": "x"}]}]}` }],
      problems: [ID],
    },
    {
      name: 'create-resource-server input counts',
      yaml: `UserPoolId: ${POOL}\nClientName: m2m\nAllowedOAuthScopes:\n  - [|api/admin|]\n`,
      files: [{ uri: 'file:///work/create-rs.json', json: `{"UserPoolId": "${POOL}", "Identifier": "api", "Name": "API", "Scopes": [{"ScopeName": "read", "ScopeDescription": "r"}]}` }],
      problems: [ID],
    },
    {
      name: 'another template with the same literal pool id counts',
      json: apiClient('"api/read"'),
      files: [{ uri: 'file:///work/rs.yaml', yaml: `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: ${POOL}\n      Identifier: api\n      Name: API\n      Scopes: [{ScopeName: read, ScopeDescription: r}]\n` }],
      problems: [],
    },
    {
      name: 'describe client output',
      json: `{"UserPoolClient": {"UserPoolId": "${POOL}", "ClientId": "1", "AllowedOAuthScopes": [[|"api/delete"|]]}}`,
      files: [{ uri: 'file:///work/rs.json', json: describedServer(POOL, 'api', 'read') }],
      problems: [ID],
    },
    {
      name: 'template resource server drops a scope a client elsewhere still uses: on Scopes',
      yaml: `Resources:\n  Api:\n    Type: AWS::Cognito::UserPoolResourceServer\n    Properties:\n      UserPoolId: ${POOL}\n      Identifier: api\n      Name: API\n      [|Scopes|]: [{ScopeName: read, ScopeDescription: r}]\n`,
      files: [{ uri: 'file:///work/client.json', json: `{"UserPoolClient": {"UserPoolId": "${POOL}", "ClientId": "1", "ClientName": "m2m", "AllowedOAuthScopes": ["api/read", "api/write"]}}` }],
      problems: [ID],
      message: 'App client m2m',
    },
    { name: 'standard scopes are not custom', json: apiClient('"openid"'), files: [{ uri: 'file:///work/rs.json', json: describedServer(POOL, 'api', 'read') }], problems: [] },
    { name: 'scopes key with no value', yaml: `UserPoolId: ${POOL}\nClientName: m2m\nAllowedOAuthScopes:\n`, files: [{ uri: 'file:///work/rs.json', json: describedServer(POOL, 'api', 'read') }], problems: [] },
  ]);

  it('uses the live pool scopes of the explorer', () => {
    const service = createLanguageService();
    const uri = 'file:///work/client.json';
    service.update(uri, apiClient('"api/read", "api/write"'), 'json');
    assert.deepEqual(service.validate(uri).filter((p) => p.ruleId === ID), [], 'nothing known: skipped');
    service.index.setExternal({ poolId: POOL, resourceServers: [{ identifier: 'api', scopes: [{ name: 'read' }] }] });
    const problems = service.validate(uri).filter((p) => p.ruleId === ID);
    assert.equal(problems.length, 1);
    assert.ok(problems[0].message.endsWith('api/write'), problems[0].message);
  });
});
