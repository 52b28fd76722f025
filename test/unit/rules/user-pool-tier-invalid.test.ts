import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/user-pool-tier-invalid';

const cfn = (props: string) => `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n${props}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'ESSENTIALS: ok', json: '{"PoolName": "users", "UserPoolTier": "ESSENTIALS"}', problems: [] },
    { name: 'omitted: ok (defaults to ESSENTIALS)', json: '{"PoolName": "users"}', problems: [] },
    {
      name: 'mixed case: fix upper-cases it',
      json: '{"PoolName": "users", "UserPoolTier": [|"Essentials"|]}',
      problems: [ID],
      fix: { title: 'Change to ESSENTIALS', result: '{"PoolName": "users", "UserPoolTier": "ESSENTIALS"}' },
    },
    { name: 'unknown tier in a YAML template: no fix', yaml: cfn('      UserPoolTier: [|PREMIUM|]\n'), problems: [ID], message: 'PREMIUM' },
    {
      name: 'JSON template, lower-case plus',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolTier": [|"plus"|]}}}}',
      problems: [ID],
      fix: { title: 'Change to PLUS', result: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolTier": "PLUS"}}}}' },
    },
    { name: 'tier from a parameter: skipped', yaml: cfn('      UserPoolTier: !Ref Tier\n'), problems: [] },
    { name: 'tier from !If: skipped', yaml: cfn('      UserPoolTier: !If [IsProd, PLUS, lite]\n'), problems: [] },
    { name: 'half-typed: no finding', yaml: cfn('      UserPoolTier:\n'), problems: [] },
  ]);
});
