import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/propagate-user-context-requires-secret';

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'with GenerateSecret: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "GenerateSecret": true, "EnablePropagateAdditionalUserContextData": true}', problems: [] },
    { name: 'off: ok', json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "EnablePropagateAdditionalUserContextData": false}', problems: [] },
    {
      name: 'no secret: error, fix turns it off',
      json: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "EnablePropagateAdditionalUserContextData": [|true|]}',
      problems: [ID],
      fix: { title: 'Set EnablePropagateAdditionalUserContextData: false', result: '{"UserPoolId": "us-east-1_abc", "ClientName": "web", "EnablePropagateAdditionalUserContextData": false}' },
    },
    {
      name: 'template without secret: fix adds GenerateSecret',
      yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      EnablePropagateAdditionalUserContextData: [|true|]\n',
      problems: [ID],
      fix: { title: 'Set GenerateSecret: true', result: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      EnablePropagateAdditionalUserContextData: true\n      GenerateSecret: true\n' },
    },
    { name: 'CloudFormation JSON, GenerateSecret false, string "true"', json: '{"Resources": {"C": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "P"}, "GenerateSecret": false, "EnablePropagateAdditionalUserContextData": [|"true"|]}}}}', problems: [ID] },
    { name: 'GenerateSecret from Fn::If: unknown, skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      GenerateSecret: !If [Confidential, true, false]\n      EnablePropagateAdditionalUserContextData: true\n', problems: [] },
    { name: 'flag from a parameter: skipped', yaml: 'Resources:\n  C:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref P\n      EnablePropagateAdditionalUserContextData: !Ref Propagate\n', problems: [] },
    { name: 'describe output without ClientSecret', json: '{"UserPoolClient": {"UserPoolId": "us-east-1_abc", "ClientId": "1", "EnablePropagateAdditionalUserContextData": [|true|]}}', problems: [ID], message: 'has none' },
    { name: 'update input: secret unknown, skipped', json: '{"UserPoolId": "us-east-1_abc", "ClientId": "1example", "EnablePropagateAdditionalUserContextData": true}', problems: [] },
    { name: 'half-typed: no finding', yaml: 'UserPoolId: us-east-1_abc\nClientName: web\nEnablePropagateAdditionalUserContextData:\n', problems: [] },
  ]);
});
