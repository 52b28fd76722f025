import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/refresh-token-rotation-invalid';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'valid: ok', json: `{${BASE}, "RefreshTokenRotation": {"Feature": "ENABLED", "RetryGracePeriodSeconds": 60}}`, problems: [] },
    { name: 'grace 0: ok', json: `{${BASE}, "RefreshTokenRotation": {"Feature": "DISABLED", "RetryGracePeriodSeconds": 0}}`, problems: [] },
    {
      name: 'Feature missing and grace too long: two errors, first on the key',
      json: `{${BASE}, [|"RefreshTokenRotation"|]: {"RetryGracePeriodSeconds": 120}}`,
      problems: [ID, ID],
      fix: { title: 'Set Feature: ENABLED', result: `{${BASE}, "RefreshTokenRotation": {"RetryGracePeriodSeconds": 120, "Feature": "ENABLED"}}` },
    },
    {
      name: 'mis-cased Feature in block YAML: fix upper-cases it',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n  Feature: [|Enabled|]\n',
      problems: [ID],
      fix: { title: 'Replace with ENABLED', result: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n  Feature: ENABLED\n' },
    },
    { name: 'Feature true (boolean)', json: `{${BASE}, "RefreshTokenRotation": {"Feature": [|true|]}}`, problems: [ID] },
    { name: 'negative grace in a template', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenRotation:\n        Feature: ENABLED\n        RetryGracePeriodSeconds: [|-5|]\n', problems: [ID] },
    { name: 'not an object', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation: [|ENABLED|]\n', problems: [ID] },
    { name: 'intrinsic values skipped (CloudFormation JSON)', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "RefreshTokenRotation": {"Feature": {"Ref": "Rotation"}, "RetryGracePeriodSeconds": {"Ref": "Grace"}}}}}}', problems: [] },
    { name: 'whole object from Fn::If skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenRotation: !If [R, {Feature: ENABLED}, !Ref AWS::NoValue]\n', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "RefreshTokenRotation": {"Feature": [|"ON"|]}}}', problems: [ID] },
    { name: 'half-typed object: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n', problems: [] },
    { name: 'half-typed Feature: error on the key', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n  [|Feature|]:\n', problems: [ID] },
  ]);
});
