import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/oauth-requires-flows-and-scopes';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'flag with flows and scopes: ok', json: `{${head}, "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"], "CallbackURLs": ["https://a/cb"]}`, problems: [] },
    { name: 'flag false without lists: ok', json: `{${head}, "AllowedOAuthFlowsUserPoolClient": false}`, problems: [] },
    { name: 'no flag: ok', json: `{${head}}`, problems: [] },
    {
      name: 'flag true, no scopes: on the flag',
      json: `{${head}, "AllowedOAuthFlowsUserPoolClient": [|true|], "AllowedOAuthFlows": ["code"]}`,
      problems: [ID],
      message: 'AllowedOAuthScopes is missing',
    },
    {
      name: 'flag true, empty flows: on the empty list',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlowsUserPoolClient: true\nAllowedOAuthFlows: [|[]|]\nAllowedOAuthScopes: [openid]\n',
      problems: [ID],
      message: 'AllowedOAuthFlows is empty',
    },
    { name: 'flag true, neither list', json: `{${head}, "AllowedOAuthFlowsUserPoolClient": [|true|]}`, problems: [ID, ID] },
    { name: 'flag as the string "true" (CloudFormation accepts it)', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlowsUserPoolClient: [|"true"|]\n      AllowedOAuthScopes: [openid]\n', problems: [ID] },
    { name: 'update input resets omitted lists', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlowsUserPoolClient": [|true|], "AllowedOAuthFlows": ["code"]}', problems: [ID] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlowsUserPoolClient": [|true|], "AllowedOAuthScopes": ["openid"]}}', problems: [ID] },
    { name: 'CloudFormation: flag from !If skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlowsUserPoolClient: !If [Web, true, false]\n', problems: [] },
    { name: 'CloudFormation: lists from !If are unknown, not missing', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlowsUserPoolClient: true\n      AllowedOAuthFlows: !If [M2M, [client_credentials], [code]]\n      AllowedOAuthScopes: !Ref Scopes\n', problems: [] },
    { name: 'CloudFormation: AWS::NoValue removes the list: on its key', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"], [|"AllowedOAuthScopes"|]: {"Ref": "AWS::NoValue"}}}}}', problems: [ID] },
    { name: 'list key with no value yet', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlowsUserPoolClient: true\nAllowedOAuthFlows: [code]\nAllowedOAuthScopes:\n', problems: [] },
  ]);
});
