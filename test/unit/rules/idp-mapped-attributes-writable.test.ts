import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/idp-mapped-attributes-writable';
const IDP = '  Google:\n    Type: AWS::Cognito::UserPoolIdentityProvider\n    Properties:\n      UserPoolId: !Ref Pool\n      ProviderName: Google\n      ProviderType: Google\n      AttributeMapping:\n        email: email\n        name: name\n        username: sub\n';
const client = (body: string) => `  Client:\n    Type: AWS::Cognito::UserPoolClient\n    DependsOn: Google\n    Properties:\n      UserPoolId: !Ref Pool\n${body}`;
const template = (body: string) => `Resources:\n${IDP}${client(body)}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'all mapped attributes writable: ok', yaml: template('      SupportedIdentityProviders: [COGNITO, Google]\n      WriteAttributes: [email, name]\n'), problems: [] },
    { name: 'WriteAttributes omitted: ok', yaml: template('      SupportedIdentityProviders: [Google]\n'), problems: [] },
    { name: 'IdP not used by the client: ok', yaml: template('      SupportedIdentityProviders: [COGNITO]\n      WriteAttributes: [email]\n'), problems: [] },
    {
      name: 'name not writable: warning on WriteAttributes, fix appends it',
      yaml: template('      SupportedIdentityProviders: [Google]\n      [|WriteAttributes|]:\n        - email\n'),
      problems: [ID],
      message: 'Google',
      fix: { title: 'Add name to WriteAttributes', result: template('      SupportedIdentityProviders: [Google]\n      WriteAttributes:\n        - email\n        - name\n') },
    },
    { name: 'provider referenced with !Ref', yaml: template('      SupportedIdentityProviders: [!Ref Google]\n      [|WriteAttributes|]: [name]\n'), problems: [ID], message: 'email' },
    { name: 'WriteAttributes with an intrinsic item: skipped', yaml: template('      SupportedIdentityProviders: [Google]\n      WriteAttributes: [!If [X, email, name]]\n'), problems: [] },
    {
      name: 'CloudFormation JSON (catalog example shape)',
      json: '{"Resources": {"Google": {"Type": "AWS::Cognito::UserPoolIdentityProvider", "Properties": {"UserPoolId": {"Ref": "UserPool"}, "ProviderName": "Google", "ProviderType": "Google", "AttributeMapping": {"email": "email", "custom:team": "hd"}}}, "Client": {"Type": "AWS::Cognito::UserPoolClient", "DependsOn": "Google", "Properties": {"UserPoolId": {"Ref": "UserPool"}, "SupportedIdentityProviders": ["Google"], [|"WriteAttributes"|]: ["email"]}}}}',
      problems: [ID],
      message: 'custom:team',
    },
    { name: 'half-typed: no finding', yaml: template('      SupportedIdentityProviders:\n      WriteAttributes:\n'), problems: [] },
  ]);
});
