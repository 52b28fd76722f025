import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/supported-idp-missing-dependency';
const IDP = '  GoogleIdp:\n    Type: AWS::Cognito::UserPoolIdentityProvider\n    Properties:\n      UserPoolId: !Ref Pool\n      ProviderName: Google\n      ProviderType: Google\n';
const client = (attrs: string, idps: string) => `  Client:\n    Type: AWS::Cognito::UserPoolClient\n${attrs}    Properties:\n      UserPoolId: !Ref Pool\n      SupportedIdentityProviders: ${idps}\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'DependsOn the provider: ok', yaml: `Resources:\n${IDP}${client('    DependsOn: GoogleIdp\n', '[COGNITO, Google]')}`, problems: [] },
    { name: 'DependsOn list: ok', yaml: `Resources:\n${IDP}${client('    DependsOn: [Pool, GoogleIdp]\n', '[COGNITO, Google]')}`, problems: [] },
    { name: '!Ref the provider: ok', yaml: `Resources:\n${IDP}${client('', '[COGNITO, !Ref GoogleIdp]')}`, problems: [] },
    { name: 'no provider in the template: ok', yaml: `Resources:\n${client('', '[COGNITO, Google]')}`, problems: [] },
    {
      name: 'literal name, no DependsOn: warning on the item, fix adds DependsOn',
      yaml: `Resources:\n${IDP}${client('', '[COGNITO, [|Google|]]')}`,
      problems: [ID],
      message: 'GoogleIdp',
      fix: { title: 'Add DependsOn: GoogleIdp', result: `Resources:\n${IDP}  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      SupportedIdentityProviders: [COGNITO, Google]\n    DependsOn: GoogleIdp\n` },
    },
    {
      name: 'DependsOn another resource: fix turns it into a list',
      yaml: `Resources:\n${IDP}${client('    DependsOn: Pool\n', '[[|Google|]]')}`,
      problems: [ID],
      fix: { title: 'Add DependsOn: GoogleIdp', result: `Resources:\n${IDP}${client('    DependsOn: [Pool, GoogleIdp]\n', '[Google]')}` },
    },
    {
      name: 'CloudFormation JSON with a DependsOn list: fix appends',
      json: '{"Resources": {"Okta": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {"UserPoolId": {"Ref": "Pool"}, "ProviderName": "Okta", "ProviderType": "SAML"}}, "Client": {"Type": "AWS::Cognito::UserPoolClient", "DependsOn": ["Pool"], "Properties": {"UserPoolId": {"Ref": "Pool"}, "SupportedIdentityProviders": ["COGNITO", [|"Okta"|]]}}}}',
      problems: [ID],
      fix: { title: 'Add DependsOn: Okta', result: '{"Resources": {"Okta": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {"UserPoolId": {"Ref": "Pool"}, "ProviderName": "Okta", "ProviderType": "SAML"}}, "Client": {"Type": "AWS::Cognito::UserPoolClient", "DependsOn": ["Pool", "Okta"], "Properties": {"UserPoolId": {"Ref": "Pool"}, "SupportedIdentityProviders": ["COGNITO", "Okta"]}}}}' },
    },
    { name: 'provider name from a parameter: no match, ok', yaml: `Resources:\n  Idp:\n    Type: AWS::Cognito::UserPoolIdentityProvider\n    Properties:\n      UserPoolId: !Ref Pool\n      ProviderName: !Ref Name\n${client('', '[Okta]')}`, problems: [] },
    { name: 'half-typed: no finding', yaml: `Resources:\n${IDP}  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      SupportedIdentityProviders:\n`, problems: [] },
  ]);
});
