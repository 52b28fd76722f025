import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/advanced-security-requires-plus';

const cfn = (props: string) => `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n${props}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'PLUS with ENFORCED: ok', json: '{"PoolName": "u", "UserPoolTier": "PLUS", "UserPoolAddOns": {"AdvancedSecurityMode": "ENFORCED"}}', problems: [] },
    { name: 'AUDIT with the tier omitted (corpus 033): defaults to PLUS, ok', yaml: cfn('      UserPoolAddOns:\n        AdvancedSecurityMode: AUDIT\n'), problems: [] },
    {
      name: 'ESSENTIALS with ENFORCED (API): fix sets PLUS',
      json: '{"PoolName": "u", "UserPoolTier": "ESSENTIALS", "UserPoolAddOns": {"AdvancedSecurityMode": [|"ENFORCED"|]}}',
      problems: [ID],
      message: 'the pool is on ESSENTIALS',
      fix: { title: 'Set UserPoolTier: PLUS', result: '{"PoolName": "u", "UserPoolTier": "PLUS", "UserPoolAddOns": {"AdvancedSecurityMode": "ENFORCED"}}' },
    },
    {
      name: 'LITE with AUDIT (YAML template): fix turns it off',
      yaml: cfn('      UserPoolTier: LITE\n      UserPoolAddOns:\n        AdvancedSecurityMode: [|AUDIT|]\n'),
      problems: [ID],
      fix: { title: 'Set AdvancedSecurityMode: OFF', result: cfn('      UserPoolTier: LITE\n      UserPoolAddOns:\n        AdvancedSecurityMode: "OFF"\n') },
    },
    {
      name: 'JSON template',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolTier": "LITE", "UserPoolAddOns": {"AdvancedSecurityMode": [|"AUDIT"|]}}}}}',
      problems: [ID],
    },
    { name: 'OFF on LITE: ok', yaml: cfn('      UserPoolTier: LITE\n      UserPoolAddOns:\n        AdvancedSecurityMode: OFF\n'), problems: [] },
    { name: 'mode from !If: skipped', yaml: cfn('      UserPoolTier: ESSENTIALS\n      UserPoolAddOns:\n        AdvancedSecurityMode: !If [Prod, ENFORCED, OFF]\n'), problems: [] },
    { name: 'tier from a parameter: skipped', yaml: cfn('      UserPoolTier: !Ref Tier\n      UserPoolAddOns:\n        AdvancedSecurityMode: ENFORCED\n'), problems: [] },
    { name: 'half-typed mode: no finding', yaml: cfn('      UserPoolTier: LITE\n      UserPoolAddOns:\n        AdvancedSecurityMode:\n'), problems: [] },
  ]);
});
