import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/explicit-auth-flow-invalid';
const CFN = (flows: string) => `Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ExplicitAuthFlows:\n${flows}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'ALLOW_ values: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH"]}', problems: [] },
    { name: 'legacy values are still valid', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": ["ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH"]}', problems: [] },
    {
      name: 'InitiateAuth names: one error each, fix adds ALLOW_',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": [[|"USER_SRP_AUTH"|], "REFRESH_TOKEN_AUTH"]}',
      problems: [ID, ID],
      message: 'use ALLOW_USER_SRP_AUTH',
      fix: { title: 'Replace with ALLOW_USER_SRP_AUTH', result: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"]}' },
    },
    {
      name: 'block YAML template: lower-case value, fix upper-cases it',
      yaml: CFN('        - [|allow_user_srp_auth|]\n'),
      problems: [ID],
      fix: { title: 'Replace with ALLOW_USER_SRP_AUTH', result: CFN('        - ALLOW_USER_SRP_AUTH\n') },
    },
    { name: 'unknown value without a suggestion: no fix', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nExplicitAuthFlows: [[|PASSWORDLESS|]]\n', problems: [ID], message: 'PASSWORDLESS' },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1example", "ClientName": "web", "ExplicitAuthFlows": [[|"CUSTOM_AUTH"|]]}}', problems: [ID] },
    { name: 'CloudFormation JSON with Fn::If item: skipped, literal checked', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "ExplicitAuthFlows": [{"Fn::If": ["X", "ALLOW_USER_AUTH", "ALLOW_CUSTOM_AUTH"]}, [|"USER_AUTH"|]]}}}}', problems: [ID] },
    { name: 'whole list from a parameter: skipped', yaml: CFN('        !Ref Flows\n').replace('ExplicitAuthFlows:\n        !Ref', 'ExplicitAuthFlows: !Ref'), problems: [] },
    { name: 'half-typed key: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nExplicitAuthFlows:\n', problems: [] },
    { name: 'half-typed item: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nExplicitAuthFlows:\n  -\n', problems: [] },
  ]);
});
