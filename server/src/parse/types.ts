/** A half-open range in the document text: [offset, offset + length). */
export interface Span {
  offset: number;
  length: number;
}

export type Node = ScalarNode | MapNode | SeqNode | IntrinsicNode;

export interface ScalarNode extends Span {
  kind: 'scalar';
  value: string | number | boolean | null;
}

export interface Pair {
  key: string;
  keySpan: Span;
  /** Undefined while the user is still typing (`Key:` with nothing after it). */
  value: Node | undefined;
  /** From the start of the key to the end of the value. */
  span: Span;
}

export interface MapNode extends Span {
  kind: 'map';
  pairs: Pair[];
  /** YAML flow style (`{a: 1}`) or JSON; block YAML maps are false. Used by quick fixes to write matching text. */
  flow: boolean;
}

export interface SeqNode extends Span {
  kind: 'seq';
  items: Node[];
  flow: boolean;
}

/**
 * A CloudFormation intrinsic function, whether written as a YAML short tag (`!Ref X`) or as a one-key map
 * (`{"Ref": "X"}`, `Fn::GetAtt: [...]`). `fn` is always the long name: `Ref`, `Fn::GetAtt`, `Fn::Sub`, `Condition`...
 */
export interface IntrinsicNode extends Span {
  kind: 'intrinsic';
  fn: string;
  arg: Node | undefined;
}

export interface ParseError extends Span {
  message: string;
}

export type Syntax = 'json' | 'yaml';

/** One parsed text. YAML can hold several documents (`---`); JSON always has one root. */
export interface ParsedText {
  syntax: Syntax;
  roots: (Node | undefined)[];
  /** Start offset of each root's document, parallel to `roots`. */
  docOffsets: number[];
  errors: ParseError[];
}
