import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/password-auth-flow';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'SRP: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]}', problems: [] },
    { name: 'omitted (defaults are SRP/custom/refresh): ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web"}', problems: [] },
    { name: 'USER_PASSWORD: info on the item', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ExplicitAuthFlows": [[|"ALLOW_USER_PASSWORD_AUTH"|], "ALLOW_REFRESH_TOKEN_AUTH"]}', problems: [ID], message: 'ALLOW_USER_PASSWORD_AUTH' },
    { name: 'admin + legacy values in a YAML template (flow style)', yaml: "Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      ExplicitAuthFlows: [[|'ADMIN_NO_SRP_AUTH'|]]\n", problems: [ID] },
    { name: 'describe output with two password flows', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"]}}', problems: [ID, ID] },
    { name: 'intrinsic item skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "ExplicitAuthFlows": [{"Fn::If": ["Dev", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"]}]}}}}', problems: [] },
  ]);
});
