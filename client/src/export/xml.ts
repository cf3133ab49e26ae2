// One small XML writer for every XML the page exports (SVG, GraphML, GEXF, and the escaping of
// the printable case file). Elements are plain values built with `el`; `renderXml` turns them
// into text. Escaping happens here and nowhere else, so no exporter can forget it.

export type XmlAttributeValue = string | number | boolean | null | undefined;

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, XmlAttributeValue>>;
  readonly children: readonly XmlChild[];
}

/** Text is escaped when written; `raw` marks markup that is already XML (an inline SVG in HTML). */
export type XmlChild = XmlElement | string | { readonly raw: string };

/** A child, a list of them (nested as deep as convenient), or null/false/undefined for "nothing here". */
export type XmlNested = XmlChild | null | undefined | false | readonly XmlNested[];
export type XmlChildren = readonly XmlNested[];

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
// Characters XML 1.0 does not allow anywhere, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`"${name}" is not a valid XML name`);
  return name;
}

/** Text content: & < > escaped (and ]]>), characters XML cannot hold dropped. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: also " and the whitespace a parser would normalise away. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** An element: attributes whose value is null or undefined are left out; nested lists of children are flattened. */
export function el(name: string, attributes: Record<string, XmlAttributeValue> = {}, ...children: XmlChildren): XmlElement {
  const flat: XmlChild[] = [];
  const add = (child: XmlNested) => {
    if (Array.isArray(child)) for (const item of child as readonly XmlNested[]) add(item);
    else if (child !== null && child !== undefined && child !== false) flat.push(child as XmlChild);
  };
  children.forEach(add);
  return { name: checkName(name), attributes, children: flat };
}

/** Markup to be written as it is (it must already be well-formed XML). */
export function raw(markup: string): { raw: string } {
  return { raw: markup };
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as an XML value`);
  // Enough precision for drawing coordinates; no "1e-7" that some readers reject.
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

function attributeText(value: XmlAttributeValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return formatNumber(value);
  return escapeAttribute(String(value));
}

function isElement(child: XmlChild): child is XmlElement {
  return typeof child === 'object' && 'name' in child;
}

export interface RenderOptions {
  /** Start with `<?xml version="1.0" encoding="UTF-8"?>`. */
  declaration?: boolean;
  /** Indent nested elements that hold only elements (two spaces a level). */
  indent?: boolean;
}

function write(element: XmlElement, depth: number, indent: boolean, out: string[]): void {
  const pad = indent ? '  '.repeat(depth) : '';
  let open = `<${element.name}`;
  for (const [key, value] of Object.entries(element.attributes)) {
    const text = attributeText(value);
    if (text !== null) open += ` ${checkName(key)}="${text}"`;
  }
  if (element.children.length === 0) {
    out.push(`${pad}${open}/>`);
    return;
  }
  // Mixed content keeps its whitespace exactly: indenting would change the text.
  const elementsOnly = indent && element.children.every(isElement);
  if (!elementsOnly) {
    const inner: string[] = [];
    for (const child of element.children) {
      if (typeof child === 'string') inner.push(escapeText(child));
      else if (isElement(child)) write(child, 0, false, inner);
      else inner.push(child.raw);
    }
    out.push(`${pad}${open}>${inner.join('')}</${element.name}>`);
    return;
  }
  out.push(`${pad}${open}>`);
  for (const child of element.children) write(child as XmlElement, depth + 1, indent, out);
  out.push(`${pad}</${element.name}>`);
}

/** The element as XML text. */
export function renderXml(root: XmlElement, options: RenderOptions = {}): string {
  const out: string[] = [];
  if (options.declaration) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  write(root, 0, options.indent ?? false, out);
  return `${out.join(options.indent ? '\n' : '')}\n`;
}
