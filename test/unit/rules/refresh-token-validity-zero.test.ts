import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/refresh-token-validity-zero';
const BASE = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: '30 days: ok', json: `{${BASE}, "RefreshTokenValidity": 30}`, problems: [] },
    {
      name: '0: warning, fix sets 30 days',
      json: `{${BASE}, "RefreshTokenValidity": [|0|]}`,
      problems: [ID],
      fix: { title: 'Set RefreshTokenValidity: 30', result: `{${BASE}, "RefreshTokenValidity": 30}` },
    },
    {
      name: '0 with minutes in block YAML: fix sets 43200',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenValidity: [|0|]\nTokenValidityUnits:\n  RefreshToken: minutes\n',
      problems: [ID],
      fix: { title: 'Set RefreshTokenValidity: 43200', result: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenValidity: 43200\nTokenValidityUnits:\n  RefreshToken: minutes\n' },
    },
    { name: 'update input', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1example", "RefreshTokenValidity": [|0|]}', problems: [ID] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "RefreshTokenValidity": [|0|]}}', problems: [ID] },
    { name: 'templates are refresh-token-validity-range\'s business', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      RefreshTokenValidity: 0\n', problems: [] },
    { name: 'string "0" counts', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenValidity: [|"0"|]\n', problems: [ID] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nRefreshTokenValidity:\n', problems: [] },
  ]);
});
