import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/refresh-rotation-disallows-refresh-token-auth';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'rotation without refresh-token auth: ok', json: `{${BASE}, "RefreshTokenRotation": {"Feature": "ENABLED"}, "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH"]}`, problems: [] },
    { name: 'rotation disabled: ok', json: `{${BASE}, "RefreshTokenRotation": {"Feature": "DISABLED"}, "ExplicitAuthFlows": ["ALLOW_REFRESH_TOKEN_AUTH"]}`, problems: [] },
    { name: 'no rotation: ok', json: `{${BASE}, "ExplicitAuthFlows": ["ALLOW_REFRESH_TOKEN_AUTH"]}`, problems: [] },
    {
      name: 'rotation + ALLOW_REFRESH_TOKEN_AUTH: error on the item, fix removes it',
      json: `{${BASE}, "RefreshTokenRotation": {"Feature": "ENABLED", "RetryGracePeriodSeconds": 10}, "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", [|"ALLOW_REFRESH_TOKEN_AUTH"|]]}`,
      problems: [ID],
      fix: { title: 'Remove ALLOW_REFRESH_TOKEN_AUTH', result: `{${BASE}, "RefreshTokenRotation": {"Feature": "ENABLED", "RetryGracePeriodSeconds": 10}, "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH"]}` },
    },
    {
      name: 'rotation with ExplicitAuthFlows omitted (defaults include refresh): error on Feature, fix lists the flows',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n  Feature: [|ENABLED|]\n',
      problems: [ID],
      fix: { title: 'Set ExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH]', result: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n  Feature: ENABLED\nExplicitAuthFlows: [ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH]\n' },
    },
    {
      name: 'CloudFormation YAML block list: fix removes the line',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenRotation:\n        Feature: ENABLED\n      ExplicitAuthFlows:\n        - ALLOW_USER_SRP_AUTH\n        - [|ALLOW_REFRESH_TOKEN_AUTH|]\n',
      problems: [ID],
      fix: { title: 'Remove ALLOW_REFRESH_TOKEN_AUTH', result: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenRotation:\n        Feature: ENABLED\n      ExplicitAuthFlows:\n        - ALLOW_USER_SRP_AUTH\n' },
    },
    { name: 'Feature from Fn::If: skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "RefreshTokenRotation": {"Feature": {"Fn::If": ["R", "ENABLED", "DISABLED"]}}}}}}', problems: [] },
    { name: 'flows from a parameter: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenRotation: {Feature: ENABLED}\n      ExplicitAuthFlows: !Ref Flows\n', problems: [] },
    { name: 'describe output: no fix', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "RefreshTokenRotation": {"Feature": "ENABLED"}, "ExplicitAuthFlows": [[|"ALLOW_REFRESH_TOKEN_AUTH"|]]}}', problems: [ID] },
    { name: 'half-typed Feature: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenRotation:\n  Feature:\n', problems: [] },
  ]);
});
