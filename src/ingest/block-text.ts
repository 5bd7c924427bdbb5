// Plain text from an element tree: one paragraph per block element, blank lines between them,
// inline content joined as a reader sees it.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
// Figures and their captions describe pictures, not the story; the rest is not text at all.
const SKIP = new Set(['FIGURE', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** A block that is all link and this short is navigation (menus, share buttons, tag lists), not prose. */
const MAX_LINK_BLOCK_WORDS = 20;

/**
 * Text of `root` with paragraph breaks kept as blank lines and line breaks (<br>) as newlines. Blocks made
 * only of short links are left out.
 */
export function blockText(root: NodeLike): string {
  const blocks: string[] = [];
  let current = '';
  let linkText = '';
  let inLink = 0;
  const flush = () => {
    const lines = current
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((l) => l !== '');
    const block = lines.join('\n');
    const plain = block.replace(/\s+/g, '');
    const allLink = plain.length > 0 && linkText.replace(/\s+/g, '').length >= plain.length;
    const navigation = allLink && block.split(/\s+/).length <= MAX_LINK_BLOCK_WORDS;
    if (block && !navigation) blocks.push(block);
    current = '';
    linkText = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      const t = (node.textContent ?? '').replace(/\s+/g, ' ');
      current += t;
      if (inLink) linkText += t;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'PRE') {
      blocks.push((node.textContent ?? '').replace(/\s+$/, ''));
      return;
    }
    const link = name === 'A';
    if (link) inLink++;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (link) inLink--;
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
