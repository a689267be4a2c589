// Which card texts Teams would turn into a list, heading, quote, link or mention.
//
// Teams processes the text of a TextBlock (and a fact's title and value) as markdown: lists and links are
// rendered, and a renderer with a full markdown processor (the adaptivecards library hands the text to
// `AdaptiveCard.onProcessMarkdown`, which hosts set to markdown-it) renders headings and quotes as well.
// The bot never means any of these in its cards (docs/protocol.md, "Adaptive Cards in Teams"), so any of
// them is a name or a line the bot forgot to escape. Emphasis (**bold**, _italic_) is meant and allowed.
//
// There is no markdown processor among the repository's packages (markdown-it is not installed), so this
// is a detector of the CommonMark constructs that produce <ul>/<ol>, <h1>-<h6>, <blockquote> and <a>,
// applied to every line. It errs on the side of reporting: a marker counts at any indentation and also
// where CommonMark would read the line as the continuation of a paragraph, because renderers differ
// there and the escape costs nothing. A backslash-escaped marker (`1\.`, `\-`, `\[`) is plain text.

/** What a construct becomes in HTML, for the problem message. */
const constructs = {
  bulletList: "a bulleted list (<ul>)",
  numberedList: "a numbered list (<ol>)",
  heading: "a heading (<h1>-<h6>)",
  quote: "a quote (<blockquote>)",
  link: "a link (<a>)",
  mention: "a mention (<at>)",
};

const bulletMarker = /^[-+*](?:[ \t]|$)/;
const orderedMarker = /^\d{1,9}[.)](?:[ \t]|$)/;
const atxHeading = /^#{1,6}(?:[ \t]|$)/;
const quoteMarker = /^>/;
const setextUnderline = /^(?:=+|-+)[ \t]*$/;
// ASCII punctuation after a backslash is a literal character in CommonMark.
const escapedPunctuation = /\\[!-/:-@[-`{-~]/g;
const referenceDefinition = /^[ \t]*\[[^\]]+\]:/m;
const autolink = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>/;
const mention = /<at\b[^>]*>/i;

/**
 * The markdown constructs a text would render as, beyond emphasis: one entry per line that starts one,
 * and one per kind of link or mention.
 * @param {string} text a TextBlock's text as the card carries it
 * @param {string[]} mentions the texts of the mentions the card declares (`<at>Name</at>`), which are meant
 * @returns {{ construct: string, line: number, excerpt: string }[]}
 */
export function markdownConstructs(text, mentions = []) {
  const found = [];
  // A mention the card declares in msteams.entities is meant (docs/protocol.md): only undeclared ones are reported.
  for (const declared of mentions) {
    text = text.split(declared).join("");
  }
  const lines = text.split(/\r\n|\r|\n/);
  let previousIsText = false;
  lines.forEach((line, index) => {
    const content = line.replace(/^[ \t]+/, "");
    const construct = lineStart(content, previousIsText);
    if (construct !== undefined) {
      found.push({ construct, line: index + 1, excerpt: excerptOf(line) });
    }
    previousIsText = content !== "";
  });

  // Escaped characters cannot open or close a link; a placeholder keeps the positions of the rest.
  const unescaped = text.replace(escapedPunctuation, "\u0000\u0000");
  const linkAt = inlineLinkStart(unescaped);
  if (linkAt >= 0) {
    found.push(located("link", text, linkAt));
  } else if (referenceDefinition.test(unescaped)) {
    found.push(located("link", text, unescaped.search(referenceDefinition)));
  } else if (autolink.test(unescaped)) {
    found.push(located("link", text, unescaped.search(autolink)));
  }
  if (mention.test(unescaped)) {
    found.push(located("mention", text, unescaped.search(mention)));
  }
  return found;
}

/**
 * Problems for the texts of one card object, in the words of card-problems.mjs.
 * @param {string} where the JSON pointer of the object
 * @param {string} what which text of it ("TextBlock text", "fact title"...)
 * @param {unknown} text
 * @param {string[]} mentions the texts of the mentions the card declares in msteams.entities
 * @returns {string[]}
 */
export function markdownProblems(where, what, text, mentions = []) {
  if (typeof text !== "string" || text === "") {
    return [];
  }
  return markdownConstructs(text, mentions).map(({ construct, line, excerpt }) =>
    `${where === "" ? "/" : where}: the ${what} would render as ${constructs[construct]} in Teams `
    + `(line ${line}: ${JSON.stringify(excerpt)}); escape it (src/JourneyBot/Cards/CardText.cs)`);
}

function lineStart(content, previousIsText) {
  if (previousIsText && setextUnderline.test(content)) {
    return "heading";
  }
  if (bulletMarker.test(content)) {
    return "bulletList";
  }
  if (orderedMarker.test(content)) {
    return "numberedList";
  }
  if (atxHeading.test(content)) {
    return "heading";
  }
  if (quoteMarker.test(content)) {
    return "quote";
  }
  return undefined;
}

// `[label](destination)`, `![alt](source)` too: an unescaped "](" after an unescaped "[". Nested
// brackets and labels over several lines count, so the test is looser than the grammar, never stricter.
function inlineLinkStart(unescaped) {
  for (let close = unescaped.indexOf("]("); close >= 0; close = unescaped.indexOf("](", close + 1)) {
    const open = unescaped.lastIndexOf("[", close);
    if (open >= 0) {
      return open;
    }
  }
  return -1;
}

function located(construct, text, at) {
  const before = text.slice(0, Math.max(at, 0));
  const line = before.split(/\r\n|\r|\n/).length;
  const lineStartAt = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  return { construct, line, excerpt: excerptOf(text.slice(lineStartAt).split(/\r\n|\r|\n/)[0]) };
}

function excerptOf(line) {
  return line.length <= 60 ? line : `${line.slice(0, 60)}…`;
}
