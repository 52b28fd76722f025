import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/public-client-use-pkce';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "spa", "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthScopes": ["openid"], "CallbackURLs": ["https://a/cb"]';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'confidential code client: ok', json: `{${head}, "GenerateSecret": true, "AllowedOAuthFlows": ["code"]}`, problems: [] },
    { name: 'public code client: hint on code', json: `{${head}, "AllowedOAuthFlows": [[|"code"|]]}`, problems: [ID], message: 'S256' },
    { name: 'GenerateSecret false', yaml: 'UserPoolId: us-east-1_abc\nClientName: spa\nGenerateSecret: false\nAllowedOAuthFlows:\n  - implicit\n  - [|code|]\n', problems: [ID] },
    { name: 'implicit only: not this rule', json: `{${head}, "AllowedOAuthFlows": ["implicit"]}`, problems: [] },
    { name: 'describe output without secret', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": [[|"code"|]]}}', problems: [ID] },
    { name: 'describe output with secret', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ClientSecret": "x", "AllowedOAuthFlows": ["code"]}}', problems: [] },
    { name: 'CloudFormation: GenerateSecret from !If is unknown', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      GenerateSecret: !If [Server, true, false]\n      AllowedOAuthFlows: [code]\n', problems: [] },
    { name: 'CloudFormation JSON public client', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": [[|"code"|]]}}}}', problems: [ID] },
    { name: 'update input: secret unknown, no hint', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": ["code"]}', problems: [] },
    { name: 'flows key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: spa\nAllowedOAuthFlows:\n', problems: [] },
  ]);
});
