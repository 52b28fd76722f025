import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/allow-user-auth-requires-essentials';
const template = (tier: string, flows = '[[|ALLOW_USER_AUTH|], ALLOW_REFRESH_TOKEN_AUTH]') =>
  `Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n${tier}      UserPoolName: app\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      ExplicitAuthFlows: ${flows}\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'LITE pool: error on ALLOW_USER_AUTH', yaml: template('      UserPoolTier: LITE\n'), problems: [ID], message: 'LITE' },
    { name: 'ESSENTIALS pool: ok', yaml: template('      UserPoolTier: ESSENTIALS\n'), problems: [] },
    { name: 'tier omitted defaults to ESSENTIALS: ok', yaml: template(''), problems: [] },
    { name: 'tier from a parameter: unknown, ok', yaml: template('      UserPoolTier: !Ref Tier\n'), problems: [] },
    { name: 'LITE pool, no ALLOW_USER_AUTH: ok', yaml: template('      UserPoolTier: LITE\n', '[ALLOW_USER_SRP_AUTH]'), problems: [] },
    { name: 'LITE pool, flows from Fn::If: ok', yaml: template('      UserPoolTier: LITE\n', '!If [X, [ALLOW_USER_AUTH], [ALLOW_USER_SRP_AUTH]]'), problems: [] },
    {
      name: 'CloudFormation JSON, pool via Fn::GetAtt',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolTier": "LITE"}}, "Client": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Fn::GetAtt": ["Pool", "UserPoolId"]}, "ExplicitAuthFlows": [[|"ALLOW_USER_AUTH"|]]}}}}',
      problems: [ID],
    },
    { name: 'pool not in the workspace: ok', yaml: 'Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: us-east-1_abc\n      ExplicitAuthFlows: [ALLOW_USER_AUTH]\n', problems: [] },
    {
      name: 'pool in another file of the workspace (describe output), client with a literal id',
      yaml: 'Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: us-east-1_abc\n      ExplicitAuthFlows: [[|ALLOW_USER_AUTH|]]\n',
      files: [{ uri: 'file:///work/pool.json', json: '{"UserPool": {"Id": "us-east-1_abc", "Name": "app", "UserPoolTier": "LITE"}}' }],
      problems: [ID],
    },
  ]);
});
