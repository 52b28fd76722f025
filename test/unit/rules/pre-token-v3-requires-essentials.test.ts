import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/pre-token-v3-requires-essentials';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:PreToken';
const cfn = (tier: string, version: string) =>
  `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n${tier}      LambdaConfig:\n        PreTokenGenerationConfig:\n          LambdaVersion: ${version}\n          LambdaArn: !GetAtt Fn.Arn\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'V3_0 on ESSENTIALS: ok', json: `{"PoolName": "u", "UserPoolTier": "ESSENTIALS", "LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": "V3_0", "LambdaArn": "${ARN}"}}}`, problems: [] },
    { name: 'V3_0 with tier omitted (ESSENTIALS): ok', yaml: cfn('', 'V3_0'), problems: [] },
    {
      name: 'V3_0 on LITE (API): fix sets ESSENTIALS',
      json: `{"PoolName": "u", "UserPoolTier": "LITE", "LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": [|"V3_0"|], "LambdaArn": "${ARN}"}}}`,
      problems: [ID],
      fix: { title: 'Set UserPoolTier: ESSENTIALS', result: `{"PoolName": "u", "UserPoolTier": "ESSENTIALS", "LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": "V3_0", "LambdaArn": "${ARN}"}}}` },
    },
    {
      name: 'V3_0 on LITE (YAML template): fix downgrades the version',
      yaml: cfn('      UserPoolTier: LITE\n', '[|V3_0|]'),
      problems: [ID],
      fix: { title: 'Use LambdaVersion V1_0', result: cfn('      UserPoolTier: LITE\n', 'V1_0') },
    },
    { name: 'tier from a parameter: skipped', yaml: cfn('      UserPoolTier: !Ref Tier\n', 'V3_0'), problems: [] },
    { name: 'V2_0 on LITE: another rule', yaml: cfn('      UserPoolTier: LITE\n', 'V2_0'), problems: [] },
    { name: 'half-typed version: no finding', yaml: cfn('      UserPoolTier: LITE\n', ''), problems: [] },
  ]);
});
