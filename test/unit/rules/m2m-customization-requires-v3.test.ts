import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/m2m-customization-requires-v3';

const pool = (lambda: string) => `  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      UserPoolTier: ESSENTIALS\n      LambdaConfig:\n${lambda}`;
const v = (version: string) => `        PreTokenGenerationConfig:\n          LambdaVersion: ${version}\n          LambdaArn: !GetAtt PreTokenFn.Arn\n`;
const client = (name: string, flows: string) => `  ${name}:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      UserPoolId: !Ref Pool\n      GenerateSecret: true\n      AllowedOAuthFlowsUserPoolClient: true\n      AllowedOAuthFlows: ${flows}\n`;
const template = (...parts: string[]) => `Resources:\n${parts.join('')}`;

describe(ID, () => {
  runRuleCases(ID, [
    { name: 'V3_0 with an M2M client: ok', yaml: template(pool(v('V3_0')), client('M2M', '[client_credentials]')), problems: [] },
    {
      name: 'V2_0 with an M2M client: info on the version, naming the client; fix moves to V3_0',
      yaml: template(pool(v('[|V2_0|]')), client('M2M', '[client_credentials]'), client('Web', '[code]')),
      problems: [ID],
      message: 'machine-to-machine clients: M2M',
      fix: { title: 'Use LambdaVersion V3_0', result: template(pool(v('V3_0')), client('M2M', '[client_credentials]'), client('Web', '[code]')) },
    },
    {
      name: 'legacy PreTokenGeneration only (V1_0): info on the key',
      yaml: template(pool('        [|PreTokenGeneration|]: !GetAtt PreTokenFn.Arn\n'), client('M2M', '[client_credentials]')),
      problems: [ID],
    },
    {
      name: 'JSON template (the catalog shape)',
      json: '{"Resources": {"Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"LambdaConfig": {"PreTokenGenerationConfig": {"LambdaVersion": [|"V1_0"|], "LambdaArn": {"Fn::GetAtt": ["Fn", "Arn"]}}}}}, "M2M": {"Type": "AWS::Cognito::UserPoolClient", "Properties": {"UserPoolId": {"Ref": "Pool"}, "GenerateSecret": true, "AllowedOAuthFlows": ["client_credentials"]}}}}',
      problems: [ID],
    },
    { name: 'no client_credentials client: ok', yaml: template(pool(v('V2_0')), client('Web', '[code]')), problems: [] },
    { name: 'flows from !If: unknown, ok', yaml: template(pool(v('V2_0')), client('M2M', '!If [C, [client_credentials], [code]]')), problems: [] },
    { name: 'version from a parameter: skipped', yaml: template(pool(v('!Ref Version')), client('M2M', '[client_credentials]')), problems: [] },
    { name: 'no trigger: ok', yaml: template(pool('        PreSignUp: !GetAtt Fn.Arn\n'), client('M2M', '[client_credentials]')), problems: [] },
    {
      name: 'client of another pool: ok',
      yaml: template(pool(v('V2_0')), client('M2M', '[client_credentials]').replace('!Ref Pool', 'us-east-1_other')),
      problems: [],
    },
  ]);
});
