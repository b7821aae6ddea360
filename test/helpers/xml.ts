import { expect } from 'vitest';

/**
 * A well-formedness check without an XML parser: tags nest, and no raw `<`, `>`, stray `&`, control
 * character, U+FFFE, U+FFFF or lone surrogate (all outside XML 1.0's Char) is left, in text or attributes.
 */
export function expectWellFormed(xml: string): void {
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  expect(xml.startsWith(declaration)).toBe(true);
  const stack: string[] = [];
  const text = xml
    .slice(declaration.length)
    .replace(/<(\/?)([\w-]+)((?: [\w-]+="[^"]*")*)(\/?)>/g, (_tag, close: string, name: string, attributes: string, empty: string) => {
      if (close) expect(stack.pop()).toBe(name);
      else if (!empty) stack.push(name);
      return attributes.replace(/ [\w-]+="([^"]*)"/g, ' $1');
    });
  expect(stack).toEqual([]);
  expect(text).not.toMatch(/[<>\0-\x08\x0B\x0C\x0E-\x1F]|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
  expect(text).not.toMatch(/[\uFFFE\uFFFF\uD800-\uDFFF]/u);
}
