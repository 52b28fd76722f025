import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/code-implicit-require-callback-urls';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthScopes": ["openid"]';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'code with a callback: ok', json: `{${head}, "AllowedOAuthFlows": ["code"], "CallbackURLs": ["https://a/cb"]}`, problems: [] },
    { name: 'client_credentials needs none: ok', json: `{${head}, "AllowedOAuthFlows": ["client_credentials"]}`, problems: [] },
    { name: 'code without CallbackURLs: on the flow', json: `{${head}, "AllowedOAuthFlows": [[|"code"|]]}`, problems: [ID], message: 'CallbackURLs is missing' },
    { name: 'implicit with an empty list', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows:\n  - [|implicit|]\nCallbackURLs: []\n', problems: [ID], message: 'empty' },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": [[|"code"|]]}}', problems: [ID] },
    { name: 'CloudFormation: callbacks from a parameter are not empty', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: [code]\n      CallbackURLs: !Ref CallbackUrls\n', problems: [] },
    { name: 'CloudFormation: flows from !If skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: !If [Web, [code], [client_credentials]]\n', problems: [] },
    { name: 'CloudFormation JSON without callbacks', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": [[|"code"|], "implicit"]}}}}', problems: [ID] },
    { name: 'CallbackURLs key with no value yet', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows: [code]\nCallbackURLs:\n', problems: [] },
  ]);
});
