import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/default-redirect-uri-not-in-callbacks';
const head = '"UserPoolId": "us-east-1_abc", "ClientName": "web"';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'listed: ok', json: `{${head}, "CallbackURLs": ["https://a.example/cb"], "DefaultRedirectURI": "https://a.example/cb"}`, problems: [] },
    {
      name: 'not listed: fix appends it to CallbackURLs',
      json: `{${head}, "CallbackURLs": ["https://a.example/cb"], "DefaultRedirectURI": [|"https://b.example/cb"|]}`,
      problems: [ID],
      fix: { title: 'Add to CallbackURLs', result: `{${head}, "CallbackURLs": ["https://a.example/cb", "https://b.example/cb"], "DefaultRedirectURI": "https://b.example/cb"}` },
    },
    {
      name: 'trailing slash differs: fix picks the listed URL',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nCallbackURLs:\n  - https://a.example/cb\nDefaultRedirectURI: [|https://a.example/cb/|]\n',
      problems: [ID],
      fix: { title: 'Use https://a.example/cb', result: 'UserPoolId: us-east-1_abc\nClientName: web\nCallbackURLs:\n  - https://a.example/cb\nDefaultRedirectURI: https://a.example/cb\n' },
    },
    {
      name: 'CallbackURLs absent: fix adds the list',
      yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nDefaultRedirectURI: [|https://a.example/cb|]\n',
      problems: [ID],
      fix: { title: 'Add to CallbackURLs', result: 'UserPoolId: us-east-1_abc\nClientName: web\nDefaultRedirectURI: https://a.example/cb\nCallbackURLs: [https://a.example/cb]\n' },
    },
    { name: 'CallbackURLs empty', json: `{${head}, "CallbackURLs": [], "DefaultRedirectURI": [|"https://a.example/cb"|]}`, problems: [ID] },
    { name: 'case differs (exact match required)', json: `{${head}, "CallbackURLs": ["https://a.example/CB"], "DefaultRedirectURI": [|"https://a.example/cb"|]}`, problems: [ID] },
    { name: 'describe output', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "CallbackURLs": ["https://a/cb"], "DefaultRedirectURI": [|"https://b/cb"|]}}', problems: [ID] },
    {
      name: 'CloudFormation: an intrinsic callback item may hold it',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      CallbackURLs: [!Ref Url]\n      DefaultRedirectURI: https://a.example/cb\n',
      problems: [],
    },
    {
      name: 'CloudFormation: intrinsic DefaultRedirectURI skipped',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      CallbackURLs: [https://a.example/cb]\n      DefaultRedirectURI: !Ref Url\n',
      problems: [],
    },
    {
      name: 'CloudFormation JSON literal mismatch',
      json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "CallbackURLs": ["https://a/cb"], "DefaultRedirectURI": [|"https://b/cb"|]}}}}',
      problems: [ID],
    },
    { name: 'CallbackURLs key with no value yet', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nDefaultRedirectURI: https://a/cb\nCallbackURLs:\n', problems: [] },
    { name: 'DefaultRedirectURI with no value yet', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nDefaultRedirectURI:\n', problems: [] },
  ]);
});
