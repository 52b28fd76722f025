import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/token-validity-exceeds-refresh';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'defaults: ok', json: `{${BASE}}`, problems: [] },
    { name: '1 hour vs 30 days: ok', json: `{${BASE}, "AccessTokenValidity": 1, "RefreshTokenValidity": 30}`, problems: [] },
    { name: 'equal (1 day vs 24 hours): ok', json: `{${BASE}, "AccessTokenValidity": 1, "RefreshTokenValidity": 24, "TokenValidityUnits": {"AccessToken": "days", "RefreshToken": "hours"}}`, problems: [] },
    {
      name: '1 day access vs 60 minutes refresh: warning on the access value',
      json: `{${BASE}, "AccessTokenValidity": [|1|], "RefreshTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "days", "RefreshToken": "minutes"}}`,
      problems: [ID],
      message: '1 day > 60 minutes',
    },
    { name: 'default 1-hour ID token vs 59 minutes refresh: warning on the refresh value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAccessTokenValidity: 5\nRefreshTokenValidity: [|59|]\nTokenValidityUnits:\n  AccessToken: minutes\n  RefreshToken: minutes\n', problems: [ID], message: 'IdTokenValidity' },
    { name: 'both tokens in a template', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AccessTokenValidity: [|12|]\n      IdTokenValidity: 12\n      RefreshTokenValidity: 2\n      TokenValidityUnits:\n        RefreshToken: hours\n', problems: [ID, ID] },
    { name: 'CloudFormation JSON with a Ref refresh value: skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AccessTokenValidity": 24, "RefreshTokenValidity": {"Ref": "Refresh"}, "TokenValidityUnits": {"RefreshToken": "hours"}}}}}', problems: [] },
    { name: 'unit from a parameter: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AccessTokenValidity: 24\n      RefreshTokenValidity: 2\n      TokenValidityUnits:\n        RefreshToken: !Ref Unit\n', problems: [] },
    { name: 'refresh 0 counts as 30 days', json: `{${BASE}, "AccessTokenValidity": 24, "RefreshTokenValidity": 0}`, problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AccessTokenValidity": [|2|], "IdTokenValidity": 3, "RefreshTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "hours", "IdToken": "hours", "RefreshToken": "minutes"}}}', problems: [ID, ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAccessTokenValidity:\nRefreshTokenValidity:\n', problems: [] },
  ]);
});
