import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/managed-login-requires-idp';
const OAUTH = '"AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"], "CallbackURLs": ["https://app.example.com/cb"]';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'COGNITO listed: ok', json: `{"UserPoolId": "us-east-1_abc", "ClientName": "web", ${OAUTH}, "SupportedIdentityProviders": ["COGNITO"]}`, problems: [] },
    { name: 'no OAuth: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web"}', problems: [] },
    { name: 'client_credentials only: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "m2m", "GenerateSecret": true, "AllowedOAuthFlows": ["client_credentials"]}', problems: [] },
    {
      name: 'code without providers: warning on the anchor, fix adds COGNITO',
      json: `{[|"UserPoolId"|]: "us-east-1_abc", "ClientName": "web", ${OAUTH}}`,
      problems: [ID],
      fix: { title: 'Set SupportedIdentityProviders: [COGNITO]', result: `{"UserPoolId": "us-east-1_abc", "ClientName": "web", ${OAUTH}, "SupportedIdentityProviders": ["COGNITO"]}` },
    },
    {
      name: 'empty list in block YAML: warning on the list',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows:\n  - implicit\nSupportedIdentityProviders: [|[]|]\n',
      problems: [ID],
      fix: { title: 'Set SupportedIdentityProviders: [COGNITO]', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows:\n  - implicit\nSupportedIdentityProviders: [COGNITO]\n' },
    },
    {
      name: 'template without the property: warning on the logical id',
      yaml: 'Resources:\n  [|WebClient|]:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlowsUserPoolClient: true\n      AllowedOAuthFlows: [code]\n',
      problems: [ID],
      fix: { title: 'Set SupportedIdentityProviders: [COGNITO]', result: 'Resources:\n  WebClient:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlowsUserPoolClient: true\n      AllowedOAuthFlows: [code]\n      SupportedIdentityProviders: [COGNITO]\n' },
    },
    { name: 'providers from Fn::If: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: [code]\n      SupportedIdentityProviders: !If [HasOkta, [COGNITO, !Ref Okta], [COGNITO]]\n', problems: [] },
    { name: 'flows from a parameter: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: !Ref Flows\n', problems: [] },
    { name: 'CloudFormation JSON with only a Ref provider: ok', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": ["code"], "SupportedIdentityProviders": [{"Ref": "Okta"}]}}}}', problems: [] },
    { name: 'describe output without providers', json: '{[|"UserPoolClient"|]: {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": ["code"]}}', problems: [ID] },
    { name: 'half-typed providers: warning on the key', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows: [code]\n[|SupportedIdentityProviders|]:\n', problems: [ID] },
  ]);
});
