/**
 * A rule doc page (Markdown) for the terminal: headings set off, code blocks indented, links written as
 * `text <url>`, paragraphs and list items wrapped to the width. Enough for the doc pages chartlint ships,
 * not a general Markdown renderer.
 */
export interface TerminalStyle {
  width: number;
  heading(text: string): string;
  code(text: string): string;
}

// Without colour, code spans keep their backticks, so a reader sees where the code ends.
export const PLAIN_STYLE: TerminalStyle = { width: 100, heading: (text) => text.toUpperCase(), code: (text) => `\`${text}\`` };

export function renderMarkdown(markdown: string, style: TerminalStyle): string {
  const out: string[] = [];
  let fence: string | undefined;
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(' ');
    const item = /^(\s*(?:[-*]|\d+\.)\s+)(.*)$/.exec(text);
    if (item) out.push(...wrap(inline(item[2]!, style), style.width, item[1]!, ' '.repeat(item[1]!.length)));
    else out.push(...wrap(inline(text, style), style.width, '', ''));
    paragraph = [];
  };
  for (const line of markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .split('\n')) {
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      else out.push(`    ${line}`.trimEnd());
      continue;
    }
    const opening = /^\s*(```+|~~~+)/.exec(line);
    if (opening) {
      flush();
      fence = opening[1]!;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(style.heading(heading[2]!.replace(/`([^`]+)`/g, '$1')));
      continue;
    }
    if (line.trim() === '') {
      flush();
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    // A new list item starts a new wrapped block; a continuation line joins the current one.
    if (/^\s*(?:[-*]|\d+\.)\s+/.test(line)) flush();
    paragraph.push(paragraph.length === 0 ? line.trimEnd() : line.trim());
  }
  flush();
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** Links as `text <url>`, code spans through the style; emphasis markers dropped. */
function inline(text: string, style: TerminalStyle): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => (label === url ? url : `${label} <${url}>`))
    .replace(/`([^`]+)`/g, (_, code: string) => style.code(code))
    .replace(/\*\*([^*]+)\*\*/g, '$1');
}

/** Greedy word wrap; words longer than the width stay whole. Widths count code units, ignoring colour codes. */
function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let current = first;
  let room = first.length;
  let words = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // Colour codes take no room on screen.
    const length = word.replace(/\x1b\[[0-9;]*m/g, '').length;
    if (words > 0 && room + 1 + length > width) {
      lines.push(current);
      current = rest + word;
      room = rest.length + length;
    } else {
      current += (words > 0 ? ' ' : '') + word;
      room += (words > 0 ? 1 : 0) + length;
    }
    words++;
  }
  lines.push(current);
  return lines;
}
