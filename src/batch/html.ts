// An HTML page as a document: its article text, title and publication date.
// linkedom builds the DOM (it runs no script and fetches nothing), Mozilla's
// Readability picks the article out of the page's navigation and boilerplate;
// both are loaded on the first page only. The text is rebuilt from the article's
// blocks, one paragraph per block, because sentence splitting needs the breaks
// that the DOM's textContent loses. Offsets of a page's facts point into this
// text, which `--with-text` includes in the output.
import { load } from "../core/load.js";

export interface Page {
  text: string;
  title: string | null;
  /** As the page gives it (an ISO date or date-time); the caller validates it. */
  published: string | null;
  /** Where `published` came from, for a warning if it is not a date. */
  publishedFrom: string | null;
}

interface Dom {
  parseHTML: (html: string) => { document: DomDocument };
  Readability: new (doc: DomDocument, opts?: { charThreshold?: number }) => { parse(): { title?: string | null; content?: string | null; publishedTime?: string | null } | null };
}
// The slice of the DOM used here (linkedom's own types are not exported for its parseHTML result).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomDocument {
  title: string;
  body: DomElement | null;
  documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

let dom: Dom | undefined;
function loadDom(): Dom {
  if (!dom) {
    const { parseHTML } = load<typeof import("linkedom")>("linkedom");
    const { Readability } = load<typeof import("@mozilla/readability")>("@mozilla/readability");
    dom = { parseHTML: parseHTML as unknown as Dom["parseHTML"], Readability: Readability as unknown as Dom["Readability"] };
  }
  return dom;
}

/** Whether a text that was not named .html is a page all the same. */
export function looksLikeHtml(text: string): boolean {
  // Leading comments skipped by index, not by a repeated regex group (which backtracked
  // exponentially on a head of many comments).
  const head = text.slice(0, 1024);
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < head.length && /\s/.test(head[i]!)) i++;
    if (!head.startsWith("<!--", i)) break;
    const end = head.indexOf("-->", i + 4);
    if (end < 0) return false;
    i = end + 3;
  }
  return /^<(?:!doctype\s+html|html)[\s>]/i.test(head.slice(i));
}

// Publication dates pages give outside the places Readability reads (JSON-LD datePublished,
// article:published_time, parsely-pub-date), most specific first.
const DATE_SELECTORS: readonly [string, string][] = [
  ['meta[itemprop="datePublished"]', "content"],
  ['meta[name="date"]', "content"],
  ['meta[name="DC.date"]', "content"],
  ['meta[name="dcterms.date"]', "content"],
  ['meta[name="dcterms.created"]', "content"],
  ['meta[name="pubdate"]', "content"],
  ['meta[name="publish-date"]', "content"],
  ['meta[name="citation_publication_date"]', "content"],
  ['time[itemprop="datePublished"]', "datetime"],
  ["time[pubdate]", "datetime"],
  ["article time[datetime]", "datetime"],
];

const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL".split(" "),
);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT"]);

export async function readPage(html: string): Promise<Page> {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document it is given.
  let published: string | null = null;
  let publishedFrom: string | null = null;
  for (const [selector, attr] of DATE_SELECTORS) {
    const v = document.querySelector(selector)?.getAttribute(attr)?.trim();
    if (v) {
      published = v;
      publishedFrom = selector;
      break;
    }
  }
  const pageTitle = clean(document.title ?? "") || null;
  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (article?.publishedTime?.trim()) {
    published = article.publishedTime.trim();
    publishedFrom = "the page's publication time";
  } else if (publishedFrom) publishedFrom = `<${publishedFrom}>`;

  let body = "";
  if (article?.content) body = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  if (!body) {
    // No article found: the page's own body, without its scripts and chrome.
    const { document: raw } = parseHTML(html);
    for (const el of Array.from(raw.querySelectorAll("script,style,noscript,template,nav,header,footer,aside"))) el.remove();
    body = blockText(raw.body ?? raw.documentElement);
  }
  const title = clean(article?.title ?? "") || pageTitle;
  // The headline often states the main fact: it opens the text unless the body already does.
  const text = title && body && !startsWithLoosely(body, title) ? `${title}\n\n${body}` : body || title || "";
  return { text, title, published: published ? datePart(published) : null, publishedFrom };
}

/** "2021-03-09T10:30:00+01:00" → "2021-03-09": the date as the page wrote it, not moved to UTC. */
function datePart(value: string): string {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T\s]|$)/.exec(value);
  return m ? m[1]! : value;
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function startsWithLoosely(body: string, title: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const t = norm(title);
  return t.length > 0 && norm(body.slice(0, title.length * 2 + 20)).startsWith(t);
}

/** The text of a subtree, one paragraph per block element, white space inside blocks collapsed. */
function blockText(root: DomNode | null): string {
  if (!root) return "";
  const paragraphs: string[] = [];
  let current = "";
  const breakBlock = () => {
    const p = clean(current);
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: DomNode) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType === 3) current += k.textContent ?? "";
      else if (k.nodeType === 1) {
        const name = k.nodeName.toUpperCase();
        if (SKIP.has(name)) continue;
        if (name === "BR") {
          breakBlock();
          continue;
        }
        const block = BLOCKS.has(name);
        if (block) breakBlock();
        walk(k);
        if (block) breakBlock();
        else if (name === "TD" || name === "TH") current += " ";
      }
    }
  };
  walk(root);
  breakBlock();
  return paragraphs.join("\n\n");
}
