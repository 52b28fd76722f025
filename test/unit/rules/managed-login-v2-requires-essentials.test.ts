import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/managed-login-v2-requires-essentials';

const template = (tier: string, version: string) =>
  `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n${tier}  Domain:\n    Type: AWS::Cognito::UserPoolDomain\n    Properties:\n      UserPoolId: !Ref Pool\n      Domain: example-auth\n      ManagedLoginVersion: ${version}\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'version 2 on ESSENTIALS: ok', yaml: template('      UserPoolTier: ESSENTIALS\n', '2'), problems: [] },
    { name: 'version 2 with the tier omitted: ok', yaml: template('      PoolName: x\n', '2'), problems: [] },
    { name: 'version 1 on LITE: ok', yaml: template('      UserPoolTier: LITE\n', '1'), problems: [] },
    {
      name: 'version 2 on LITE: fixes use version 1 or raise the tier',
      yaml: template('      UserPoolTier: LITE\n', '[|2|]'),
      problems: [ID],
      fix: { title: 'Set UserPoolTier: ESSENTIALS', result: template('      UserPoolTier: ESSENTIALS\n', '2') },
    },
    {
      name: 'JSON template',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolTier": "LITE"}}, "Domain": {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Domain": "d", "ManagedLoginVersion": [|2|]}}}}',
      problems: [ID],
      fix: { title: 'Use ManagedLoginVersion 1', result: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolTier": "LITE"}}, "Domain": {"Type": "AWS::Cognito::UserPoolDomain", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Domain": "d", "ManagedLoginVersion": 1}}}}' },
    },
    { name: 'version 3 does not exist', yaml: template('', '[|3|]'), problems: [ID], message: 'must be 1' },
    { name: 'version 3 in an API input', json: '{"UserPoolId": "us-east-1_abc", "Domain": "auth", "ManagedLoginVersion": [|3|]}', problems: [ID] },
    {
      name: 'API input, pool described in another file on LITE',
      json: '{"UserPoolId": "us-east-1_abc", "Domain": "auth", "ManagedLoginVersion": [|2|]}',
      files: [{ uri: 'file:///work/pool.json', json: '{"UserPool": {"Id": "us-east-1_abc", "Name": "u", "UserPoolTier": "LITE"}}' }],
      problems: [ID],
    },
    { name: 'version from a parameter: skipped', yaml: template('      UserPoolTier: LITE\n', '!Ref Version'), problems: [] },
    { name: 'half-typed version: no finding', yaml: template('      UserPoolTier: LITE\n', ''), problems: [] },
  ]);
});
