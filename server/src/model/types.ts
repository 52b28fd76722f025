import type { MapNode, ParsedText, Span, Syntax } from '../parse/types';

export type ResourceKind = 'app-client' | 'resource-server' | 'user-pool' | 'domain' | 'identity-provider';

export type Format =
  | 'api:CreateUserPoolClient'
  | 'api:UpdateUserPoolClient'
  | 'describe:DescribeUserPoolClient'
  | 'api:CreateResourceServer'
  | 'api:UpdateResourceServer'
  | 'describe:DescribeResourceServer'
  | 'api:CreateUserPool'
  | 'describe:DescribeUserPool'
  | 'api:CreateUserPoolDomain'
  | 'describe:DescribeUserPoolDomain'
  | 'cfn';

export const CFN_TYPES: Record<string, ResourceKind> = {
  'AWS::Cognito::UserPoolClient': 'app-client',
  'AWS::Cognito::UserPoolResourceServer': 'resource-server',
  'AWS::Cognito::UserPool': 'user-pool',
  'AWS::Cognito::UserPoolDomain': 'domain',
  'AWS::Cognito::UserPoolIdentityProvider': 'identity-provider',
};

/** Which user pool a resource belongs to, as a key shared by every resource of that pool in the workspace. */
export interface PoolRef {
  /** `id:<poolId>` for literal ids, `cfn:<uri>#<logicalId>` for a pool in the same template, `param:`/`import:` otherwise. */
  key: string;
  literalId?: string;
  logicalId?: string;
}

export interface CfnResourceEntry {
  logicalId: string;
  type: string;
  map: MapNode;
  keySpan: Span;
}

export interface Template {
  root: MapNode;
  resources: Map<string, CfnResourceEntry>;
  parameters: Map<string, MapNode | undefined>;
  conditions: Set<string>;
  /** `_previous` template (the deployed version) when a document carries one, for replacement checks. */
  previous?: Template;
}

export interface Resource {
  kind: ResourceKind;
  format: Format;
  /** The members/properties. Undefined for a CloudFormation resource without `Properties`. */
  props: MapNode | undefined;
  /** Where problems about the resource as a whole go (logical id, describe wrapper key, first key). */
  anchor: Span;
  uri: string;
  pool?: PoolRef;
  logicalId?: string;
  cfnType?: string;
  /** The whole CloudFormation resource (`Type`, `Properties`, `DependsOn`…). */
  resourceMap?: MapNode;
  template?: Template;
  /** The describe wrapper (`{"UserPoolClient": …}`) root, when the document is a describe output. */
  wrapper?: MapNode;
}

export interface CognitoDocument {
  uri: string;
  text: string;
  syntax: Syntax;
  parsed: ParsedText;
  resources: Resource[];
  templates: Template[];
  /**
   * Set when an edit replaced one entry of a template and nothing else (see detectDocument): the resources before
   * it, and the position of the one resource replaced (-1: none, the entry is not a Cognito resource).
   */
  patched?: { from: readonly Resource[]; index: number };
}
