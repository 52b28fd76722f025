import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/oauth-settings-require-flag';
const TITLE = 'Set AllowedOAuthFlowsUserPoolClient: true';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';
const cfn = (props: string) => `Resources:\n  Client:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n${props}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'flag true: ok', json: `{${head}, "AllowedOAuthFlowsUserPoolClient": true, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"], "CallbackURLs": ["https://a/cb"]}`, problems: [] },
    { name: 'no OAuth settings, no flag: ok', json: `{${head}, "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH"]}`, problems: [] },
    { name: 'flag false with empty lists: ok', json: `{${head}, "AllowedOAuthFlowsUserPoolClient": false, "CallbackURLs": []}`, problems: [] },
    {
      name: 'flag omitted (JSON): on the first OAuth key, fix adds the flag',
      json: `{${head}, [|"AllowedOAuthFlows"|]: ["code"], "AllowedOAuthScopes": ["openid"]}`,
      problems: [ID],
      message: 'defaults to false',
      fix: { title: TITLE, result: `{${head}, "AllowedOAuthFlows": ["code"], "AllowedOAuthScopes": ["openid"], "AllowedOAuthFlowsUserPoolClient": true}` },
    },
    {
      name: 'flag false in a block YAML template: on the value, fix replaces it',
      yaml: cfn('      AllowedOAuthFlowsUserPoolClient: [|false|]\n      CallbackURLs:\n        - http://localhost:3000/\n'),
      problems: [ID],
      message: 'CallbackURLs',
      fix: { title: TITLE, result: cfn('      AllowedOAuthFlowsUserPoolClient: true\n      CallbackURLs:\n        - http://localhost:3000/\n') },
    },
    {
      name: 'flag omitted in a block YAML template: fix inserts it after the last property',
      yaml: cfn('      [|LogoutURLs|]:\n        - https://a.example/\n'),
      problems: [ID],
      fix: { title: TITLE, result: cfn('      LogoutURLs:\n        - https://a.example/\n      AllowedOAuthFlowsUserPoolClient: true\n') },
    },
    { name: 'flag "false" string', yaml: cfn('      AllowedOAuthFlowsUserPoolClient: [|"false"|]\n      AllowedOAuthScopes: [openid]\n'), problems: [ID] },
    { name: 'flag key with no value yet: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nAllowedOAuthFlows: [code]\nAllowedOAuthFlowsUserPoolClient:\n', problems: [] },
    { name: 'flag from !If skipped', yaml: cfn('      AllowedOAuthFlowsUserPoolClient: !If [Web, true, false]\n      AllowedOAuthFlows: [code]\n'), problems: [] },
    { name: 'lists from !If are unknown', yaml: cfn('      AllowedOAuthFlows: !If [Web, [code], !Ref AWS::NoValue]\n'), problems: [] },
    { name: 'a list of only intrinsic items is non-empty', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, [|"CallbackURLs"|]: [{"Ref": "Url"}]}}}}', problems: [ID] },
    { name: 'describe output: finding without a fix', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "AllowedOAuthFlowsUserPoolClient": [|false|], "AllowedOAuthFlows": ["code"]}}', problems: [ID] },
    { name: 'update input', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1", [|"AllowedOAuthScopes"|]: ["openid"]}', problems: [ID] },
  ]);
});
