import { describe } from 'node:test';
import { runRuleCases } from '../helpers/lint';

const ID = 'cognito/cfn-replacement-on-change';

const resource = (indent: string, type: string, props: string) =>
  `${indent}Client:\n${indent}  Type: ${type}\n${indent}  Properties:\n${props.replace(/^/gm, `${indent}    `)}\n`;
const template = (type: string, now: string, before: string) =>
  `Resources:\n${resource('  ', type, now)}_previous:\n  Resources:\n${resource('    ', type, before)}`;
const CLIENT = 'AWS::Cognito::UserPoolClient';

describe(ID, () => {
  runRuleCases(ID, [
    {
      name: 'GenerateSecret flipped: info on the new value',
      yaml: template(CLIENT, 'UserPoolId: !Ref Pool\nGenerateSecret: [|true|]', 'UserPoolId: !Ref Pool\nGenerateSecret: false'),
      problems: [ID],
      message: 'new client id and secret): keep the deployed value unless you plan the replacement; was false',
      fix: {
        title: 'Keep the deployed value',
        result: template(CLIENT, 'UserPoolId: !Ref Pool\nGenerateSecret: false', 'UserPoolId: !Ref Pool\nGenerateSecret: false'),
      },
    },
    {
      name: 'GenerateSecret false written where it was omitted: no change',
      yaml: template(CLIENT, 'UserPoolId: !Ref Pool\nGenerateSecret: false', 'UserPoolId: !Ref Pool'),
      problems: [],
    },
    {
      name: 'ClientName renamed: updatable, ok',
      yaml: template(CLIENT, 'UserPoolId: !Ref Pool\nClientName: web-2', 'UserPoolId: !Ref Pool\nClientName: web'),
      problems: [],
    },
    {
      name: 'same UserPoolId in another syntax (!Ref vs Ref:): ok',
      yaml: template(CLIENT, 'UserPoolId: !Ref Pool', 'UserPoolId:\n  Ref: Pool'),
      problems: [],
    },
    {
      name: 'UserPoolId now points to another pool',
      yaml: template(CLIENT, 'UserPoolId: [|!Ref Pool2|]', 'UserPoolId: !Ref Pool'),
      problems: [ID],
      message: 'was {"Ref":"Pool"}',
      fix: { title: 'Keep the deployed value', result: template(CLIENT, 'UserPoolId: {Ref: Pool}', 'UserPoolId: !Ref Pool') },
    },
    {
      name: 'GenerateSecret removed: reported at the logical id, fix writes it back',
      yaml: template(CLIENT, 'UserPoolId: !Ref Pool', 'UserPoolId: !Ref Pool\nGenerateSecret: true').replace('  Client:', '  [|Client|]:'),
      problems: [ID],
      fix: {
        title: 'Keep the deployed value',
        result: template(CLIENT, 'UserPoolId: !Ref Pool\nGenerateSecret: true', 'UserPoolId: !Ref Pool\nGenerateSecret: true'),
      },
    },
    {
      name: 'resource server Identifier changed (JSON template)',
      json: '{"Resources": {"Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Identifier": [|"orders-v2"|], "Name": "Orders"}}}, "_previous": {"Resources": {"Api": {"Type": "AWS::Cognito::UserPoolResourceServer", "Properties": {"UserPoolId": {"Ref": "Pool"}, "Identifier": "orders", "Name": "Orders"}}}}}',
      problems: [ID],
    },
    {
      name: 'domain prefix changed',
      yaml: template('AWS::Cognito::UserPoolDomain', 'UserPoolId: !Ref Pool\nDomain: [|auth-new|]', 'UserPoolId: !Ref Pool\nDomain: auth-old'),
      problems: [ID],
    },
    {
      name: 'new resource (absent from the previous template): ok',
      yaml: `Resources:\n${resource('  ', CLIENT, 'UserPoolId: !Ref Pool\nGenerateSecret: true')}_previous:\n  Resources:\n    Other:\n      Type: AWS::SNS::Topic\n`,
      problems: [],
    },
    {
      name: 'no previous template: nothing to compare',
      yaml: `Resources:\n${resource('  ', CLIENT, 'UserPoolId: !Ref Pool\nGenerateSecret: true')}`,
      problems: [],
    },
    {
      name: 'half-typed GenerateSecret: no finding',
      yaml: template(CLIENT, 'UserPoolId: !Ref Pool\nGenerateSecret:', 'UserPoolId: !Ref Pool\nGenerateSecret: true'),
      problems: [],
    },
  ]);
});
