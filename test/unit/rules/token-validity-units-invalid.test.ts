import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/token-validity-units-invalid';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'valid units: ok', json: `{${BASE}, "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "hours", "RefreshToken": "days"}}`, problems: [] },
    { name: 'seconds: ok', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits:\n  AccessToken: seconds\n', problems: [] },
    {
      name: 'capitalised: error, fix lower-cases',
      json: `{${BASE}, "AccessTokenValidity": 30, "TokenValidityUnits": {"AccessToken": [|"Minutes"|]}}`,
      problems: [ID],
      message: 'Minutes',
      fix: { title: 'Replace with minutes', result: `{${BASE}, "AccessTokenValidity": 30, "TokenValidityUnits": {"AccessToken": "minutes"}}` },
    },
    {
      name: 'singular in block YAML: fix makes it plural',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits:\n  RefreshToken: [|day|]\n',
      problems: [ID],
      fix: { title: 'Replace with days', result: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits:\n  RefreshToken: days\n' },
    },
    { name: 'unknown unit: no fix', json: `{${BASE}, "TokenValidityUnits": {"IdToken": [|"weeks"|]}}`, problems: [ID] },
    {
      name: 'unknown member in a template: error on the key, fix renames',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      TokenValidityUnits:\n        [|Access_Token|]: hours\n',
      problems: [ID],
      fix: { title: 'Rename to AccessToken', result: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      TokenValidityUnits:\n        AccessToken: hours\n' },
    },
    { name: 'RefreshTokenValidity put inside the units map (CloudFormation JSON)', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "TokenValidityUnits": {[|"RefreshTokenValidity"|]: "days"}}}}}', problems: [ID] },
    { name: 'number as unit', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits:\n  AccessToken: [|60|]\n', problems: [ID] },
    { name: 'not an object', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits: [|hours|]\n', problems: [ID] },
    { name: 'intrinsics skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      TokenValidityUnits:\n        AccessToken: !Ref Unit\n        IdToken: !If [Short, minutes, hours]\n', problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "TokenValidityUnits": {"AccessToken": [|"HOURS"|]}}}', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nTokenValidityUnits:\n  AccessToken:\n', problems: [] },
  ]);
});
