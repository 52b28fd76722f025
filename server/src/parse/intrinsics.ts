/** CloudFormation intrinsic functions and the YAML short tags that stand for them. */
const FUNCTIONS = [
  'Ref', 'Condition', 'Fn::And', 'Fn::Base64', 'Fn::Cidr', 'Fn::Equals', 'Fn::FindInMap', 'Fn::ForEach',
  'Fn::GetAtt', 'Fn::GetAZs', 'Fn::If', 'Fn::ImportValue', 'Fn::Join', 'Fn::Length', 'Fn::Not', 'Fn::Or',
  'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::ToJsonString', 'Fn::Transform',
];

const LONG_NAMES = new Set(FUNCTIONS);

/** `!Ref` → `Ref`, `!GetAtt` → `Fn::GetAtt`; undefined for tags that are not CloudFormation's. */
export function longNameOfTag(tag: string): string | undefined {
  if (!tag.startsWith('!') || tag.startsWith('!!')) return undefined;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return name;
  const long = `Fn::${name}`;
  return LONG_NAMES.has(long) ? long : undefined;
}

export function isIntrinsicKey(key: string): boolean {
  return LONG_NAMES.has(key);
}

export const SHORT_TAGS = FUNCTIONS.map((f) => `!${f.replace(/^Fn::/, '')}`);
