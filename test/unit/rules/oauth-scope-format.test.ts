import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/oauth-scope-format';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"]';
const scopes = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `api/s${i}`));

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'standard and custom scopes: ok', json: `{${head}, "AllowedOAuthScopes": ["openid", "https://api.example.com/v1/read"]}`, problems: [] },
    {
      name: 'space-separated string: fix splits it (JSON)',
      json: `{${head}, "AllowedOAuthScopes": [[|"openid email"|]]}`,
      problems: [ID],
      message: 'own item',
      fix: { title: 'Split into separate scopes', result: `{${head}, "AllowedOAuthScopes": ["openid", "email"]}` },
    },
    {
      name: 'space-separated string: fix splits it (block YAML)',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - [|openid profile|]\n  - email\n',
      problems: [ID],
      fix: { title: 'Split into separate scopes', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n  - openid\n  - profile\n  - email\n' },
    },
    {
      name: 'space-separated string: fix splits it (flow YAML)',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes: [[|"openid phone"|]]\n',
      problems: [ID],
      fix: { title: 'Split into separate scopes', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes: [openid, phone]\n' },
    },
    { name: 'double quote inside', json: `{${head}, "AllowedOAuthScopes": [[|"api/\\"read\\""|]]}`, problems: [ID] },
    { name: 'non-ASCII', json: `{${head}, "AllowedOAuthScopes": [[|"api/lesen-ä"|]]}`, problems: [ID] },
    { name: 'empty', json: `{${head}, "AllowedOAuthScopes": [[|""|]]}`, problems: [ID], message: 'empty' },
    { name: '257 characters', json: `{${head}, "AllowedOAuthScopes": [[|"api/${'x'.repeat(253)}"|]]}`, problems: [ID], message: 'it has 257' },
    { name: '50 scopes: ok', json: `{${head}, "AllowedOAuthScopes": ${scopes(50)}}`, problems: [] },
    { name: '51 scopes: on the key', json: `{${head}, [|"AllowedOAuthScopes"|]: ${scopes(51)}}`, problems: [ID], message: 'it has 51' },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthScopes": [[|"a b"|]]}}', problems: [ID] },
    { name: 'CloudFormation: !Sub item skipped', yaml: "Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthScopes:\n        - !Sub '${Api} read'\n        - [|\"x y\"|]\n", problems: [ID] },
    { name: 'CloudFormation JSON: Fn::Split list skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthScopes": {"Fn::Split": [" ", "openid email"]}}}}}', problems: [] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthScopes:\n', problems: [] },
  ]);
});
