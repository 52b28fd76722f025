import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/pre-token-config-invalid';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:PreToken';
const cfn = (config: string) => `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig:\n${config}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'V2_0 with an ARN: ok', json: `{"PoolName": "users", "LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": "V2_0", "LambdaArn": "${ARN}"}}}`, problems: [] },
    { name: 'GetAtt ARN: ok', yaml: cfn('        PreTokenGenerationConfig:\n          LambdaVersion: V3_0\n          LambdaArn: !GetAtt Fn.Arn\n'), problems: [] },
    {
      name: 'V3 instead of V3_0, no ARN: two findings, fix normalises the version',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"LambdaConfig": {[|"PreTokenGenerationConfig"|]: {"LambdaVersion": "V3"}}}}}}',
      problems: [ID, ID],
      message: 'add LambdaArn',
    },
    {
      name: 'version fix',
      yaml: cfn(`        PreTokenGenerationConfig:\n          LambdaVersion: [|v2_0|]\n          LambdaArn: ${ARN}\n`),
      problems: [ID],
      fix: { title: 'Change to V2_0', result: cfn(`        PreTokenGenerationConfig:\n          LambdaVersion: V2_0\n          LambdaArn: ${ARN}\n`) },
    },
    {
      name: 'ARN that is a function name',
      json: '{"PoolName": "users", "LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": "V1_0", "LambdaArn": [|"PreTokenFunction"|]}}}',
      problems: [ID],
    },
    { name: 'missing LambdaVersion (YAML)', yaml: cfn(`        [|PreTokenGenerationConfig|]:\n          LambdaArn: !GetAtt Fn.Arn\n`), problems: [ID], message: 'add LambdaVersion' },
    { name: 'version from a parameter: skipped', yaml: cfn('        PreTokenGenerationConfig:\n          LambdaVersion: !Ref Version\n          LambdaArn: !GetAtt Fn.Arn\n'), problems: [] },
    { name: 'whole config from !If: skipped', yaml: cfn('        PreTokenGenerationConfig: !If [C, {LambdaVersion: V2_0}, !Ref AWS::NoValue]\n'), problems: [] },
    { name: 'LambdaConfig from !If: skipped', yaml: 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig: !If [C, {PreSignUp: x}, !Ref AWS::NoValue]\n', problems: [] },
    { name: 'half-typed config: no finding', yaml: cfn('        PreTokenGenerationConfig:\n'), problems: [] },
    { name: 'legacy PreTokenGeneration only: ok', json: `{"PoolName": "users", "LambdaConfig": {"PreTokenGeneration": "${ARN}"}}`, problems: [] },
  ]);
});
