import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/oauth-requires-domain';
const pool = '  Pool:\n    Type: AWS::Cognito::UserPool\n';
const client = (flowsKey = 'AllowedOAuthFlows', pool = '!Ref Pool') =>
  `  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: ${pool}\n      AllowedOAuthFlowsUserPoolClient: true\n      ${flowsKey}: [code]\n      AllowedOAuthScopes: [openid]\n      CallbackURLs: [https://a.example/cb]\n`;
const domain = (poolRef: string) => `  Domain:\n    Type: AWS::Cognito::UserPoolDomain\n    Properties:\n      UserPoolId: ${poolRef}\n      Domain: my-app\n`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'pool, client and domain: ok', yaml: `Resources:\n${pool}${client()}${domain('!Ref Pool')}`, problems: [] },
    { name: 'no domain: on the flows key', yaml: `Resources:\n${pool}${client('[|AllowedOAuthFlows|]')}`, problems: [ID], message: 'UserPoolDomain for Pool' },
    { name: 'domain of another pool', yaml: `Resources:\n${pool}  Other:\n    Type: AWS::Cognito::UserPool\n${client()}${domain('!Ref Other')}`, problems: [ID] },
    { name: 'domain via GetAtt counts', yaml: `Resources:\n${pool}${client()}${domain('!GetAtt Pool.UserPoolId')}`, problems: [] },
    { name: 'custom resource domain counts', yaml: `Resources:\n${pool}${client()}  Dom:\n    Type: Custom::CognitoUserPoolDomain\n    Properties:\n      ServiceToken: !GetAtt Fn.Arn\n      UserPoolId: !Ref Pool\n`, problems: [] },
    { name: 'imported pool: skipped', yaml: `Resources:\n${client('AllowedOAuthFlows', '!ImportValue PoolId')}`, problems: [] },
    { name: 'pool from a parameter: skipped', yaml: `Parameters:\n  PoolId:\n    Type: String\nResources:\n${client('AllowedOAuthFlows', '!Ref PoolId')}`, problems: [] },
    { name: 'no OAuth flows: ok', yaml: `Resources:\n${pool}  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n`, problems: [] },
    { name: 'flows from !If skipped', yaml: `Resources:\n${pool}  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows: !If [Web, [code], !Ref AWS::NoValue]\n`, problems: [] },
    {
      name: 'JSON template without a domain',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool"}, "C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, [|"AllowedOAuthFlows"|]: ["client_credentials"]}}}}',
      problems: [ID],
    },
    { name: 'API input is not checked', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "AllowedOAuthFlows": ["code"]}', problems: [] },
    { name: 'flows key with no value', yaml: `Resources:\n${pool}  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      AllowedOAuthFlows:\n`, problems: [] },
  ]);
});
