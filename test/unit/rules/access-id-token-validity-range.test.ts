import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/access-id-token-validity-range';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: '1 hour default unit: ok', json: `{${BASE}, "AccessTokenValidity": 1, "IdTokenValidity": 24}`, problems: [] },
    { name: '60 minutes: ok', json: `{${BASE}, "AccessTokenValidity": 60, "IdTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "minutes"}}`, problems: [] },
    { name: '300 seconds and 1 day: ok', json: `{${BASE}, "AccessTokenValidity": 300, "IdTokenValidity": 1, "TokenValidityUnits": {"AccessToken": "seconds", "IdToken": "days"}}`, problems: [] },
    {
      name: '60 with the default unit hours: error, fix sets minutes (adds TokenValidityUnits)',
      json: `{${BASE}, "AccessTokenValidity": [|60|]}`,
      problems: [ID],
      message: '60 hours',
      fix: { title: 'Set TokenValidityUnits.AccessToken: minutes', result: `{${BASE}, "AccessTokenValidity": 60, "TokenValidityUnits": {"AccessToken":"minutes"}}` },
    },
    {
      name: 'both tokens 60 hours in block YAML with a units map: fix sets the member',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAccessTokenValidity: [|60|]\nIdTokenValidity: 60\nTokenValidityUnits:\n  RefreshToken: days\n',
      problems: [ID, ID],
      fix: { title: 'Set TokenValidityUnits.AccessToken: minutes', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAccessTokenValidity: 60\nIdTokenValidity: 60\nTokenValidityUnits:\n  RefreshToken: days\n  AccessToken: minutes\n' },
    },
    { name: '2 minutes is too short', json: `{${BASE}, "IdTokenValidity": [|2|], "TokenValidityUnits": {"IdToken": "minutes"}}`, problems: [ID], message: 'shorter than 5 minutes' },
    { name: '2 days is too long', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AccessTokenValidity: [|2|]\n      TokenValidityUnits:\n        AccessToken: days\n', problems: [ID] },
    { name: 'raw bound: 0', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AccessTokenValidity": [|0|]}}}}', problems: [ID], message: '1 to 86400' },
    { name: 'numeric string is read as a number', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nIdTokenValidity: "30"\nTokenValidityUnits:\n  IdToken: minutes\n', problems: [] },
    { name: 'unit from a parameter: only raw bounds checked', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AccessTokenValidity: 60\n      TokenValidityUnits:\n        AccessToken: !Ref Unit\n', problems: [] },
    { name: 'value from a parameter: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      AccessTokenValidity: !Ref Validity\n', problems: [] },
    { name: 'invalid unit: left to token-validity-units-invalid', json: `{${BASE}, "AccessTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "Minutes"}}`, problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AccessTokenValidity": [|100|], "TokenValidityUnits": {"AccessToken": "hours"}}}', problems: [ID] },
    { name: 'update input', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1example", "IdTokenValidity": [|1441|], "TokenValidityUnits": {"IdToken": "minutes"}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAccessTokenValidity:\n', problems: [] },
  ]);
});
