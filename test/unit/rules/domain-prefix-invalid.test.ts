import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/domain-prefix-invalid';

const cfn = (props: string) => `Resources:\n  Domain:\n    Type: AWS::Cognito::UserPoolDomain\n    Properties:\n      UserPoolId: !Ref Pool\n${props}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'valid prefix: ok', json: '{"UserPoolId": "us-east-1_abc", "Domain": "my-auth"}', problems: [] },
    {
      name: 'upper case, underscore and dot: fix suggests a prefix',
      json: '{"UserPoolId": "us-east-1_abc", "Domain": [|"My_Auth.example"|]}',
      problems: [ID],
      fix: { title: 'Use my-auth-example', result: '{"UserPoolId": "us-east-1_abc", "Domain": "my-auth-example"}' },
    },
    { name: 'trailing hyphen (YAML template)', yaml: cfn('      Domain: [|auth-|]\n'), problems: [ID], fix: { title: 'Use auth', result: cfn('      Domain: auth\n') } },
    { name: '64 characters', json: `{"Resources": {"D": {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {"UserPoolId": {"Ref": "P"}, "Domain": [|"${'a'.repeat(64)}"|]}}}}`, problems: [ID] },
    { name: 'custom domain with a certificate: ok', yaml: cfn('      Domain: auth.example.com\n      CustomDomainConfig:\n        CertificateArn: !Ref Cert\n'), problems: [] },
    { name: 'custom domain that is not a host name', yaml: cfn('      Domain: [|https://auth.example.com|]\n      CustomDomainConfig:\n        CertificateArn: !Ref Cert\n'), problems: [ID], message: 'fully qualified' },
    { name: 'domain = !Ref of a client (corpus 013): skipped', yaml: cfn('      Domain: !Ref UserPoolClient\n'), problems: [] },
    { name: 'domain from !Sub: skipped', yaml: cfn('      Domain: !Sub "${AWS::StackName}-Auth"\n'), problems: [] },
    { name: 'half-typed domain: no finding', yaml: cfn('      Domain:\n'), problems: [] },
  ]);
});
