import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/refresh-token-validity-range';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: '3650 days: ok', json: `{${BASE}, "RefreshTokenValidity": 3650}`, problems: [] },
    { name: '60 minutes: ok', json: `{${BASE}, "RefreshTokenValidity": 60, "TokenValidityUnits": {"RefreshToken": "minutes"}}`, problems: [] },
    { name: '36500 days: error', json: `{${BASE}, "RefreshTokenValidity": [|36500|]}`, problems: [ID], message: 'longer than 10 years: 36500 days' },
    { name: '36500 minutes: ok', json: `{${BASE}, "RefreshTokenValidity": 36500, "TokenValidityUnits": {"RefreshToken": "minutes"}}`, problems: [] },
    { name: '30 minutes is too short (block YAML)', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenValidity: [|30|]\nTokenValidityUnits:\n  RefreshToken: minutes\n', problems: [ID] },
    { name: '0 in an API input: left to refresh-token-validity-zero', json: `{${BASE}, "RefreshTokenValidity": 0}`, problems: [] },
    { name: '0 in a template: error (schema minimum 1)', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenValidity: [|0|]\n', problems: [ID], message: '1 to 315360000' },
    { name: 'negative in CloudFormation JSON', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "RefreshTokenValidity": [|-1|]}}}}', problems: [ID] },
    { name: 'value from a parameter: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenValidity: !Ref Days\n', problems: [] },
    { name: 'unit from Fn::If: raw bound only', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenValidity: 36500\n      TokenValidityUnits:\n        RefreshToken: !If [Short, minutes, days]\n', problems: [] },
    { name: 'describe output 87601 hours', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "RefreshTokenValidity": [|87601|], "TokenValidityUnits": {"RefreshToken": "hours"}}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenValidity:\n', problems: [] },
  ]);
});
