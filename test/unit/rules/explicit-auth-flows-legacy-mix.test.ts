import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/explicit-auth-flows-legacy-mix';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'only legacy: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": ["ADMIN_NO_SRP_AUTH"]}', problems: [] },
    { name: 'only ALLOW_: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]}', problems: [] },
    {
      name: 'mixed: error on the legacy item, fix replaces it',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": [[|"ADMIN_NO_SRP_AUTH"|], "ALLOW_REFRESH_TOKEN_AUTH"]}',
      problems: [ID],
      message: 'ALLOW_ADMIN_USER_PASSWORD_AUTH instead of ADMIN_NO_SRP_AUTH',
      fix: { title: 'Replace with ALLOW_ADMIN_USER_PASSWORD_AUTH', result: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]}' },
    },
    {
      name: 'equivalent already listed: fix removes the legacy item (block YAML)',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nExplicitAuthFlows:\n  - ALLOW_USER_PASSWORD_AUTH\n  - [|USER_PASSWORD_AUTH|]\n  - ALLOW_REFRESH_TOKEN_AUTH\n',
      problems: [ID],
      fix: { title: 'Remove USER_PASSWORD_AUTH', result: 'UserPoolId: us-east-1_abc\nClientName: web\nExplicitAuthFlows:\n  - ALLOW_USER_PASSWORD_AUTH\n  - ALLOW_REFRESH_TOKEN_AUTH\n' },
    },
    { name: 'CloudFormation YAML, two legacy items', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      ExplicitAuthFlows: [[|CUSTOM_AUTH_FLOW_ONLY|], ADMIN_NO_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]\n', problems: [ID, ID] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", [|"USER_PASSWORD_AUTH"|]]}}', problems: [ID] },
    { name: 'ALLOW_ only behind Fn::If: unknown, no finding', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "ExplicitAuthFlows": ["ADMIN_NO_SRP_AUTH", {"Fn::If": ["X", "ALLOW_USER_SRP_AUTH", {"Ref": "AWS::NoValue"}]}]}}}}', problems: [] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nExplicitAuthFlows:\n', problems: [] },
  ]);
});
