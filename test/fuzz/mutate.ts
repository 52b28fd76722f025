/** Seeded, deterministic mutations of realistic documents, shared by the fuzz test, `npm run fuzz` and the parser tests. */

/** mulberry32: a tiny seeded PRNG, so every failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = [':', '-', ' ', ' ', '#', '\n', "'", '"', '[', ']', '{', '}', '!', '&', '*', '|', '>', ',', '?', '%', '\t', '\r', '\\', 'a', 'Z', '0', '9', '.', '~', '\uFEFF', '\u0000', 'é'];
const SNIPPETS = [
  '!Ref ', '!GetAtt ', '!Sub ', '!If ', '!!str ', '!!int ', '!Foo ', '&a ', '*a', '| ', '>-\n', '? ', '--- ', '...\n', '%YAML 1.2\n',
  '{', '}', '[', ']', ': ', '- ', '"', "'", '\n  ', '\n- ', ' # c', 'true', 'null', '0x1F', '.inf', 'Fn::If: ', 'Ref: ', '<<: ',
  '{"Ref": "X"}', '"\\u00e9"', '\\', ',', '\t',
];

export function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

/** One random mutation of `text`: a flipped or inserted character, truncation, a deleted, duplicated or re-indented line, a tag... */
export function mutate(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(r() * lines.length);
  switch (Math.floor(r() * 9)) {
    case 0:
      return text.slice(0, at) + pick(r, CHARS) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + pick(r, CHARS) + text.slice(at);
    case 2:
      return text.slice(0, at);
    case 3:
      lines.splice(line, 1);
      return lines.join('\n');
    case 4:
      lines.splice(line, 0, lines[line]);
      return lines.join('\n');
    case 5:
      lines[line] = r() < 0.5 ? ` ${lines[line]}` : lines[line].replace(/^ {1,2}/, '');
      return lines.join('\n');
    case 6:
      return text.slice(0, at) + pick(r, SNIPPETS) + text.slice(at);
    case 7: {
      const len = Math.floor(r() * 40);
      return text.slice(0, at) + text.slice(at + len);
    }
    default: {
      const other = Math.floor(r() * lines.length);
      [lines[line], lines[other]] = [lines[other], lines[line]];
      return lines.join('\n');
    }
  }
}

/** `count` mutations applied one after another (more damage per case). */
export function mutateMany(text: string, r: () => number, count: number): string {
  let out = text;
  for (let i = 0; i < count; i++) out = mutate(out, r);
  return out;
}
