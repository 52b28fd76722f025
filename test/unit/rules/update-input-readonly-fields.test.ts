import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/update-input-readonly-fields';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'plain update input: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "ClientName": "web"}', problems: [] },
    {
      name: 'CreationDate and LastModifiedDate: one finding each, on the key, with a fix',
      json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1ab", [|"CreationDate"|]: 1524628110.29, "LastModifiedDate": 1530055177.553}',
      problems: [ID, ID],
      fix: { title: 'Remove CreationDate', result: '{"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "LastModifiedDate": 1530055177.553}' },
    },
    {
      name: 'YAML input with LastModifiedDate',
      yaml: 'UserPoolId: us-east-1_abc\nClientId: 1ab\n[|LastModifiedDate|]: 2024-01-01\nClientName: web\n',
      format: 'api:UpdateUserPoolClient',
      problems: [ID],
      fix: { title: 'Remove LastModifiedDate', result: 'UserPoolId: us-east-1_abc\nClientId: 1ab\nClientName: web\n' },
    },
    {
      name: 'pasted describe output (update file name): unwrapped, secret and dates dropped (JSON)',
      uri: 'file:///work/update-client.json',
      json: '{\n  [|"UserPoolClient"|]: {\n    "UserPoolId": "us-east-1_abc",\n    "ClientId": "1ab",\n    "CreationDate": 1.5,\n    "ClientSecret": "xyz",\n    "CallbackURLs": [\n      "https://a.example/cb"\n    ]\n  }\n}\n',
      problems: [ID],
      fix: {
        title: 'Unwrap UserPoolClient into an update input',
        result: '{\n  "UserPoolId": "us-east-1_abc",\n  "ClientId": "1ab",\n  "CallbackURLs": [\n    "https://a.example/cb"\n  ]\n}\n',
      },
    },
    {
      name: 'pasted describe output forced as update input (YAML)',
      yaml: '[|UserPoolClient|]:\n  UserPoolId: us-east-1_abc\n  ClientId: 1ab\n  LastModifiedDate: 1.5\n  CallbackURLs:\n    - https://a.example/cb\n  TokenValidityUnits:\n    AccessToken: hours\n',
      format: 'api:UpdateUserPoolClient',
      problems: [ID],
      fix: {
        title: 'Unwrap UserPoolClient into an update input',
        result: 'UserPoolId: us-east-1_abc\nClientId: 1ab\nCallbackURLs:\n  - https://a.example/cb\nTokenValidityUnits:\n  AccessToken: hours\n',
      },
    },
    {
      name: 'a describe output under its own name: not an update input',
      uri: 'file:///work/describe-client.json',
      json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1ab", "CreationDate": 1}}',
      problems: [],
    },
    { name: 'half-typed CreationDate key still reported', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1ab", [|"CreationDate"|]: }', problems: [ID] },
  ]);
});
