import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/supported-idp-name';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'built-in names: ok', json: `{${BASE}, "SupportedIdentityProviders": ["COGNITO", "Google", "Facebook", "SignInWithApple", "LoginWithAmazon", "MyOktaSaml"]}`, problems: [] },
    {
      name: 'mis-cased built-ins: one warning each, fix uses the right case',
      json: `{${BASE}, "SupportedIdentityProviders": [[|"Cognito"|], "google"]}`,
      problems: [ID, ID],
      message: 'COGNITO',
      fix: { title: 'Replace with COGNITO', result: `{${BASE}, "SupportedIdentityProviders": ["COGNITO", "google"]}` },
    },
    {
      name: 'alias Apple in block YAML',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nSupportedIdentityProviders:\n  - [|Apple|]\n',
      problems: [ID],
      fix: { title: 'Replace with SignInWithApple', result: 'UserPoolId: us-east-1_abc\nClientName: web\nSupportedIdentityProviders:\n  - SignInWithApple\n' },
    },
    { name: 'too long', json: `{${BASE}, "SupportedIdentityProviders": [[|"${'x'.repeat(33)}"|]]}`, problems: [ID], message: '1 to 32' },
    { name: 'a declared OIDC provider named Apple is fine', yaml: 'Resources:\n  AppleOidc:\n    Type: AWS::Cognito::UserPoolIdentityProvider\n    Properties:\n      UserPoolId: !Ref Pool\n      ProviderName: Apple\n      ProviderType: OIDC\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    DependsOn: AppleOidc\n    Properties:\n      UserPoolId: !Ref Pool\n      SupportedIdentityProviders: [COGNITO, Apple]\n', problems: [] },
    { name: 'template with Fn::If list: skipped', yaml: 'Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      SupportedIdentityProviders: !If [HasOkta, [COGNITO, !Ref Okta], [COGNITO]]\n', problems: [] },
    { name: 'CloudFormation JSON', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "SupportedIdentityProviders": [{"Ref": "Idp"}, [|"amazon"|]]}}}}', problems: [ID], message: 'LoginWithAmazon' },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "SupportedIdentityProviders": [[|"UserPool"|]]}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nSupportedIdentityProviders:\n  -\n', problems: [] },
  ]);
});
