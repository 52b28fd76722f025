import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/required-field-missing';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'create input with pool and name: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "GenerateSecret": false}', problems: [] },
    {
      name: 'create input without ClientName: on the first key',
      json: '{[|"UserPoolId"|]: "us-east-1_abc", "GenerateSecret": false}',
      problems: [ID],
      message: 'add ClientName',
    },
    {
      name: 'create input without UserPoolId (YAML CLI input)',
      yaml: '[|ClientName|]: web\nAllowedOAuthFlows: [code]\n',
      problems: [ID],
      message: 'add UserPoolId',
    },
    {
      name: 'ClientName key with no value yet: on the key',
      yaml: 'UserPoolId: us-east-1_abc\nGenerateSecret: false\n[|ClientName|]:\n',
      problems: [ID],
      message: 'fill in ClientName',
    },
    { name: 'update input with ClientId: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1example", "ClientName": "web"}', problems: [] },
    {
      name: 'update input without UserPoolId',
      json: '{[|"ClientId"|]: "1example", "ClientName": "web"}',
      format: 'api:UpdateUserPoolClient',
      problems: [ID],
      message: 'add UserPoolId',
    },
    {
      name: 'describe output is not an input: no finding',
      json: '{"UserPoolClient": {"ClientId": "1", "AllowedOAuthFlows": ["code"]}}',
      problems: [],
    },
    {
      name: 'CloudFormation client needs only UserPoolId',
      yaml: 'Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n',
      problems: [],
    },
    {
      name: 'CloudFormation client without UserPoolId: on the logical id',
      yaml: 'Resources:\n  [|Client|]:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      ClientName: web\n',
      problems: [ID],
      message: 'add UserPoolId',
    },
    {
      name: 'CloudFormation client without Properties',
      json: '{"Resources": {[|"Client"|]: {"Type": "AWS::Cognito::UserPoolClient"}}}',
      problems: [ID],
    },
    {
      name: 'CloudFormation resource server without Identifier and Name',
      json: '{"Resources": {[|"Api"|]: {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "Pool"}}}}}',
      problems: [ID, ID],
      message: 'add Identifier',
    },
    {
      name: 'resource server scope without ScopeDescription: on the scope item',
      yaml: 'UserPoolId: us-east-1_abc\nIdentifier: api\nName: API\nScopes:\n  - [|ScopeName|]: read\n',
      problems: [ID],
      message: 'add ScopeDescription',
    },
    {
      name: 'complete resource server input: ok',
      json: '{"UserPoolId": "us-east-1_abc", "Identifier": "api", "Name": "API", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}',
      problems: [],
    },
    {
      name: 'update resource server without Name',
      json: '{[|"UserPoolId"|]: "us-east-1_abc", "Identifier": "api", "Scopes": []}',
      uri: 'file:///work/update-rs.json',
      problems: [ID],
      message: 'add Name',
    },
    {
      name: 'domain input without UserPoolId is not detected, with one it is complete',
      json: '{"Domain": "my-app", "UserPoolId": "us-east-1_abc"}',
      problems: [],
    },
    {
      name: 'CloudFormation domain without Domain',
      yaml: 'Resources:\n  [|Domain|]:\n    Type: AWS::Cognito::UserPoolDomain\n    Properties:\n      UserPoolId: !Ref Pool\n',
      problems: [ID],
      message: 'add Domain',
    },
    {
      name: 'user pool has no required property',
      yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n',
      problems: [],
    },
  ]);
});
