import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/client-secret-generate-and-custom';
const SECRET = 'fakeSecretValue0000000000000';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'GenerateSecret only: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "GenerateSecret": true}', problems: [] },
    { name: 'custom secret only: ok', json: `{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": "${SECRET}"}`, problems: [] },
    { name: 'GenerateSecret false + custom: ok', json: `{"UserPoolId": "us-east-1_abc", "ClientName": "web", "GenerateSecret": false, "ClientSecret": "${SECRET}"}`, problems: [] },
    {
      name: 'both: error on the ClientSecret key, fixes remove either',
      json: `{"UserPoolId": "us-east-1_abc", "ClientName": "web", "GenerateSecret": true, [|"ClientSecret"|]: "${SECRET}"}`,
      problems: [ID],
      fix: { title: 'Remove GenerateSecret', result: `{"UserPoolId": "us-east-1_abc", "ClientName": "web", "ClientSecret": "${SECRET}"}` },
    },
    {
      name: 'both in block YAML: remove ClientSecret',
      yaml: `UserPoolId: us-east-1_abc\nClientName: web\nGenerateSecret: true\n[|ClientSecret|]: ${SECRET}\n`,
      problems: [ID],
      fix: { title: 'Remove ClientSecret', result: 'UserPoolId: us-east-1_abc\nClientName: web\nGenerateSecret: true\n' },
    },
    { name: 'half-typed ClientSecret: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nGenerateSecret: true\nClientSecret:\n', problems: [] },
    { name: 'templates are not checked (ClientSecret is read-only there)', yaml: `Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      GenerateSecret: true\n      ClientSecret: ${SECRET}\n`, problems: [] },
  ]);
});
