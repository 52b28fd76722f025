import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/callback-url-wildcard';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'exact URLs: ok', json: `{${head}, "CallbackURLs": ["https://a.example/cb"], "LogoutURLs": ["https://a.example/"]}`, problems: [] },
    { name: 'wildcard host', json: `{${head}, "CallbackURLs": [[|"https://*.example.com/cb"|]]}`, problems: [ID], message: 'https://*.example.com/cb' },
    { name: 'wildcard path in logout URLs', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs:\n  - [|https://example.com/*|]\n', problems: [ID], message: 'logout_uri' },
    { name: 'both lists', json: `{${head}, "CallbackURLs": ["https://*.a/cb"], "LogoutURLs": ["https://*.a/"]}`, problems: [ID, ID] },
    { name: 'DefaultRedirectURI is not checked here', json: `{${head}, "CallbackURLs": ["https://a/cb"], "DefaultRedirectURI": "https://*.a/cb"}`, problems: [] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "CallbackURLs": [[|"https://*.a/cb"|]]}}', problems: [ID] },
    { name: 'CloudFormation: !Sub with * skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      CallbackURLs: [!Sub "https://*.${D}/cb", [|"https://*.b/cb"|]]\n', problems: [ID] },
    { name: 'CloudFormation JSON: Fn::If list skipped', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "LogoutURLs": {"Fn::If": ["X", ["https://*.a/"], []]}}}}}', problems: [] },
    { name: 'key with no value', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nLogoutURLs:\n', problems: [] },
  ]);
});
