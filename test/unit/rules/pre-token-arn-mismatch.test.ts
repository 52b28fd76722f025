import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/pre-token-arn-mismatch';

const OLD = 'arn:aws:lambda:us-east-1:123456789012:function:OldFn';
const NEW = 'arn:aws:lambda:us-east-1:123456789012:function:NewFn';
const cfn = (config: string) => `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig:\n${config}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'same literal ARN: ok', json: `{"PoolName": "u", "LambdaConfig": {"PreTokenGeneration": "${NEW}", "PreTokenGenerationConfig": {"LambdaVersion": "V2_0", "LambdaArn": "${NEW}"}}}`, problems: [] },
    {
      name: 'different literal ARNs: error on the legacy value, fix removes it',
      json: `{"PoolName": "u", "LambdaConfig": {"PreTokenGeneration": [|"${OLD}"|], "PreTokenGenerationConfig": {"LambdaVersion": "V2_0", "LambdaArn": "${NEW}"}}}`,
      problems: [ID],
      message: `set it to ${NEW}`,
      fix: { title: 'Remove the legacy PreTokenGeneration', result: `{"PoolName": "u", "LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": "V2_0", "LambdaArn": "${NEW}"}}}` },
    },
    { name: 'same GetAtt in both syntaxes: ok', yaml: cfn('        PreTokenGeneration: !GetAtt Fn.Arn\n        PreTokenGenerationConfig:\n          LambdaVersion: V2_0\n          LambdaArn:\n            Fn::GetAtt: [Fn, Arn]\n'), problems: [] },
    {
      name: 'GetAtt of two functions',
      yaml: cfn('        PreTokenGeneration: [|!GetAtt OldFn.Arn|]\n        PreTokenGenerationConfig:\n          LambdaVersion: V2_0\n          LambdaArn: !GetAtt NewFn.Arn\n'),
      problems: [ID],
      fix: { title: 'Remove the legacy PreTokenGeneration', result: cfn('        PreTokenGenerationConfig:\n          LambdaVersion: V2_0\n          LambdaArn: !GetAtt NewFn.Arn\n') },
    },
    { name: 'literal vs intrinsic: cannot tell, skipped', yaml: cfn(`        PreTokenGeneration: ${OLD}\n        PreTokenGenerationConfig:\n          LambdaVersion: V2_0\n          LambdaArn: !GetAtt NewFn.Arn\n`), problems: [] },
    { name: 'Sub vs GetAtt: cannot tell, skipped', yaml: cfn('        PreTokenGeneration: !Sub "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:Fn"\n        PreTokenGenerationConfig:\n          LambdaVersion: V2_0\n          LambdaArn: !GetAtt Fn.Arn\n'), problems: [] },
    { name: 'half-typed legacy value: no finding', yaml: cfn(`        PreTokenGeneration:\n        PreTokenGenerationConfig:\n          LambdaVersion: V2_0\n          LambdaArn: ${NEW}\n`), problems: [] },
  ]);
});
