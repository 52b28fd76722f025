import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/oauth-flow-invalid';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlowsUserPoolClient": true';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'valid flows: ok', json: `{${head}, "AllowedOAuthFlows": ["code", "implicit"]}`, problems: [] },
    {
      name: 'token: fix replaces with implicit',
      json: `{${head}, "AllowedOAuthFlows": ["code", [|"token"|]]}`,
      problems: [ID],
      fix: { title: 'Replace with implicit', result: `{${head}, "AllowedOAuthFlows": ["code", "implicit"]}` },
    },
    {
      name: 'authorization_code in block YAML: fix replaces with code',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows:\n  - [|authorization_code|]\n',
      problems: [ID],
      fix: { title: 'Replace with code', result: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows:\n  - code\n' },
    },
    { name: 'wrong case is wrong', json: `{${head}, "AllowedOAuthFlows": [[|"Code"|]]}`, problems: [ID], message: 'not Code' },
    { name: 'typo of client_credentials', json: `{${head}, "AllowedOAuthFlows": [[|"client_credential"|]]}`, problems: [ID], fix: { title: 'Replace with client_credentials', result: `{${head}, "AllowedOAuthFlows": ["client_credentials"]}` } },
    { name: 'password grant has no fix', json: `{${head}, "AllowedOAuthFlows": [[|"password"|]]}`, problems: [ID] },
    { name: 'four items: on the key', json: `{${head}, [|"AllowedOAuthFlows"|]: ["code", "implicit", "code", "implicit"]}`, problems: [ID], message: 'it has 4' },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlows": [[|"token"|]]}}', problems: [ID] },
    { name: 'CloudFormation !If list skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: !If [Dev, [token], [code]]\n', problems: [] },
    { name: 'CloudFormation JSON item checked, intrinsic item skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "AllowedOAuthFlows": [{"Ref": "Flow"}, [|"token"|]]}}}}', problems: [ID] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows:\n', problems: [] },
  ]);
});
