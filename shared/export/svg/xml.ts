/**
 * Text and attribute values for SVG markup. Anything a user typed goes through `xmlText` or
 * `attr`, so a title such as `</text><script>` or `]]>` stays text, and characters XML 1.0
 * forbids (control characters, lone surrogates) are dropped rather than breaking the file.
 */

// Tab, newline and carriage return are allowed; other C0 controls, U+FFFE/U+FFFF are not.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

export function xmlText(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(value: string): string {
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, ' ');
}

/** Numbers with at most two decimals: short, and identical on every platform. */
export function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}

export type Attrs = Record<string, string | number | undefined | false>;

/** ` name="value"` for each attribute that has a value, escaped. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(a)) {
    if (value === undefined || value === false) continue;
    out += ` ${key}="${typeof value === 'number' ? num(value) : xmlAttr(value)}"`;
  }
  return out;
}

/** An element with trusted (already built) children; empty elements self-close. */
export function el(tag: string, a: Attrs, children: string | string[] = ''): string {
  const inner = Array.isArray(children) ? children.join('') : children;
  return inner ? `<${tag}${attrs(a)}>${inner}</${tag}>` : `<${tag}${attrs(a)}/>`;
}

/** A `<text>` element whose content is user text, escaped here. */
export function text(content: string, a: Attrs): string {
  return `<text${attrs(a)}>${xmlText(content)}</text>`;
}

/** Text for a CDATA section: the one sequence that would end it is split across two sections. */
export function cdata(content: string): string {
  return `<![CDATA[${cleanText(content).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
