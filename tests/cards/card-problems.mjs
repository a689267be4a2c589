// What is wrong with one Adaptive Card, as Teams would see it: the official Adaptive Cards library
// (npm `adaptivecards`) parses and validates the card, and a few checks of our own cover what that
// library accepts silently. Parsing and validating need no DOM: the library only touches
// `document`/`window` when it renders, which we never do.
import { createRequire } from "node:module";
import { markdownProblems } from "./markdown-problems.mjs";

const require = createRequire(import.meta.url);
const AC = loadAdaptiveCards();

/** Teams keeps every card of ours under this many bytes of UTF-8 JSON (docs/protocol.md, "Adaptive Cards in Teams"). */
export const maxCardBytes = 28 * 1024;

// Teams renders schema 1.5 at most (desktop, web, mobile).
const teamsVersion = AC.Versions.v1_5;
const schemaUrls = new Set([
  "http://adaptivecards.io/schemas/adaptive-card.json",
  "https://adaptivecards.io/schemas/adaptive-card.json",
]);
// Teams shows up to 6 actions (the Teams host configs of the Adaptive Cards designer); the library's
// default host config says 5. Only the action limit matters to validation, so only it is set.
const teamsHostConfig = new AC.HostConfig({ actions: { maxActions: 6 } });

/**
 * Every problem found in a card; an empty list means Teams can render it.
 * @param {unknown} card the card JSON, already parsed
 * @returns {string[]}
 */
export function findCardProblems(card) {
  if (card === null || typeof card !== "object" || Array.isArray(card)) {
    return ["the card must be a JSON object"];
  }
  return [...sizeProblems(card), ...headerProblems(card), ...libraryProblems(card)];
}

function sizeProblems(card) {
  const bytes = Buffer.byteLength(JSON.stringify(card), "utf8");
  return bytes > maxCardBytes
    ? [`the card JSON is ${bytes} bytes in UTF-8, over the 28 KB limit (${maxCardBytes} bytes)`]
    : [];
}

// The library reads `version` leniently (a missing one passes, and any version up to its own
// latest, 1.6, is "supported") and ignores the value of `$schema`, so these are checked here.
// A wrong `type` is left to the library, which reports it.
function headerProblems(card) {
  const problems = [];
  const version = card.version;
  if (version === undefined || version === null) {
    problems.push('/: "version" is missing; Teams needs "1.5" or lower');
  } else if (typeof version !== "string") {
    problems.push(`/: "version" must be a string such as "1.5", not ${JSON.stringify(version)}`);
  } else {
    const match = /^(\d+)\.(\d+)$/.exec(version);
    // An unparsable version string is reported by the library itself.
    if (match && (Number(match[1]) > teamsVersion.major
      || (Number(match[1]) === teamsVersion.major && Number(match[2]) > teamsVersion.minor))) {
      problems.push(`/: "version" is "${version}", above 1.5, the highest version Teams renders`);
    }
  }
  if (card.$schema !== undefined && !schemaUrls.has(card.$schema)) {
    problems.push(`/: "$schema" is ${JSON.stringify(card.$schema)}, not the Adaptive Card schema`);
  }
  if (card.msteams !== undefined && (card.msteams === null || typeof card.msteams !== "object" || Array.isArray(card.msteams))) {
    problems.push('/: "msteams" must be an object such as { "width": "Full" }');
  }
  problems.push(...mentionProblems(card));
  return problems;
}

// Teams' card mentions (docs/protocol.md, Adaptive Cards in Teams): msteams.entities lists
// { type: "mention", text: "<at>Name</at>", mentioned: { id, name } }, and a TextBlock carries the same text.
function mentionProblems(card) {
  const entities = card.msteams?.entities;
  if (entities === undefined) {
    return [];
  }
  if (!Array.isArray(entities)) {
    return ['/msteams/entities: must be a list of mentions'];
  }
  const texts = JSON.stringify(card.body ?? []);
  return entities.flatMap((entity, i) => {
    const where = `/msteams/entities/${i}`;
    if (entity?.type !== "mention" || typeof entity.text !== "string" || !/^<at>[^<>]+<\/at>$/.test(entity.text)) {
      return [`${where}: a mention needs type "mention" and a text "<at>Name</at>" with no other tag inside`];
    }
    if (typeof entity.mentioned?.id !== "string" || entity.mentioned.id === "" || typeof entity.mentioned?.name !== "string") {
      return [`${where}: a mention needs mentioned.id and mentioned.name`];
    }
    return texts.includes(JSON.stringify(entity.text).slice(1, -1)) ? [] : [`${where}: ${entity.text} appears in no text of the card`];
  });
}

function declaredMentions(card) {
  const entities = card.msteams?.entities;
  return Array.isArray(entities) ? entities.filter((e) => e?.type === "mention" && typeof e.text === "string").map((e) => e.text) : [];
}

function libraryProblems(card) {
  const context = new AC.SerializationContext(teamsVersion);
  const parsed = [];
  context.onParseElement = (element, source) => parsed.push([element, source]);
  context.onParseAction = (action, source) => parsed.push([action, source]);
  const root = new AC.AdaptiveCard();
  root.hostConfig = teamsHostConfig;
  try {
    root.parse(card, context);
  } catch (error) {
    return [`the Adaptive Cards library could not parse the card: ${error instanceof Error ? error.message : String(error)}`];
  }

  const pointers = pointersOf(card);
  const inspection = { root, pointers, sources: new Map(), problems: [] };
  inspectObject(root, card, inspection);
  for (const [cardObject, source] of parsed) {
    inspectObject(cardObject, source, inspection);
  }

  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    events.push(context.getEventAt(i));
  }
  // Hints are advice on layout (for example weighted and stretched columns in one set), not faults.
  events.push(...root.validateProperties().validationEvents.filter((e) => e.event !== AC.ValidationEvent.Hint));
  const libraryMessages = events.map((e) => located(pointers.get(inspection.sources.get(e.source)), e.message));
  return [...libraryMessages, ...inspection.problems, ...renderedMarkdownProblems(parsed, pointers, declaredMentions(card))];
}

// The texts the library hands to its markdown processor when it renders (TextBlock, a fact's title and
// value, the title of a toggle and of a choice shown as a radio button or checkbox), read from the
// parsed card so that every text the library would render is checked, in show cards and tables too.
function renderedMarkdownProblems(parsed, pointers, mentions) {
  const problems = [];
  for (const [object, source] of parsed) {
    const where = pointers.get(source) ?? "";
    if (object instanceof AC.TextBlock && object.useMarkdown) {
      problems.push(...markdownProblems(where, "TextBlock text", object.text, mentions));
    } else if (object instanceof AC.FactSet) {
      object.facts.forEach((fact, i) => {
        problems.push(...markdownProblems(`${where}/facts/${i}`, "fact title", fact.name));
        problems.push(...markdownProblems(`${where}/facts/${i}`, "fact value", fact.value));
      });
    } else if (object instanceof AC.ToggleInput && AC.GlobalSettings.useMarkdownInRadioButtonAndCheckbox) {
      problems.push(...markdownProblems(where, "toggle title", object.title));
    } else if (object instanceof AC.ChoiceSetInput && AC.GlobalSettings.useMarkdownInRadioButtonAndCheckbox
      && (object.isMultiSelect || object.style === "expanded")) {
      object.choices.forEach((choice, i) => problems.push(...markdownProblems(`${where}/choices/${i}`, "choice title", choice.title)));
    }
  }
  return problems;
}

// What the library accepts without a word: properties it does not know (a typo such as
// `isRequried` silently drops the behaviour), values of the wrong JSON type (`"wrap": "yes"` is
// read as absent), and Action.Execute without a verb (the bot could not route the click).
function inspectObject(object, source, inspection) {
  if (inspection.sources.has(object) || source === null || typeof source !== "object") {
    return;
  }
  inspection.sources.set(object, source);
  const where = inspection.pointers.get(source);
  const typeName = typeof object.getJsonTypeName === "function" ? object.getJsonTypeName() : object.constructor.name;
  const properties = schemaProperties(object);
  const structural = structuralKeys(object, object === inspection.root);

  for (const [key, value] of Object.entries(source)) {
    const property = properties.get(key);
    if (property === undefined) {
      if (!structural.has(key)) {
        inspection.problems.push(located(where, `unknown property "${key}" on ${typeName}`));
      }
      continue;
    }
    // Properties newer than 1.5 are already reported by the library as unsupported.
    if (property.targetVersion.compareTo(teamsVersion) > 0) {
      continue;
    }
    const wrongType = valueTypeProblem(property, value);
    if (wrongType !== undefined) {
      inspection.problems.push(located(where, `${wrongType} for property "${key}" on ${typeName}`));
    }
    inspectNested(object.getValue(property), value, inspection);
  }

  if (object instanceof AC.ShowCardAction && object.card) {
    inspectObject(object.card, source.card, inspection);
  }
  if (object instanceof AC.ExecuteAction && (typeof source.verb !== "string" || source.verb.trim() === "")) {
    inspection.problems.push(located(where, "Action.Execute has no verb, so the bot cannot tell what was clicked"));
  }
}

// Nested objects that are properties rather than card elements (facts, choices, table column
// definitions, background images, refresh, images of an ImageSet) reach us only through their owner.
function inspectNested(parsedValue, sourceValue, inspection) {
  // `requires` maps any capability name to a version: it has no fixed property names.
  if (parsedValue instanceof AC.HostCapabilities) {
    return;
  }
  if (parsedValue instanceof AC.SerializableObject) {
    inspectObject(parsedValue, sourceValue, inspection);
  } else if (Array.isArray(parsedValue) && Array.isArray(sourceValue) && parsedValue.length === sourceValue.length) {
    parsedValue.forEach((item, i) => {
      if (item instanceof AC.SerializableObject) {
        inspectObject(item, sourceValue[i], inspection);
      }
    });
  }
}

function schemaProperties(object) {
  const schema = object.getSchema();
  const properties = new Map();
  for (let i = 0; i < schema.getCount(); i++) {
    const property = schema.getItemAt(i);
    properties.set(property.name, property);
  }
  return properties;
}

// Keys the library reads by hand in its parse methods rather than through its property schema.
function structuralKeys(object, isRoot) {
  const keys = new Set();
  if (object instanceof AC.CardObject) {
    keys.add("fallback");
  }
  if (typeof object.getItemsCollectionPropertyName === "function") {
    keys.add(object.getItemsCollectionPropertyName()); // body, items
  }
  if (typeof object.getCollectionPropertyName === "function") {
    keys.add(object.getCollectionPropertyName()); // rows, cells
  }
  if (object instanceof AC.ContainerWithActions || object instanceof AC.ActionSet) {
    keys.add("actions");
  }
  if (object instanceof AC.ColumnSet) {
    keys.add("columns");
  }
  if (object instanceof AC.RichTextBlock) {
    keys.add("inlines");
  }
  if (object instanceof AC.ShowCardAction) {
    keys.add("card");
  }
  // Teams' own extension of the card (full width, mentions); legitimate on the card itself only.
  if (isRoot) {
    keys.add("msteams");
  }
  return keys;
}

function valueTypeProblem(property, value) {
  if (value === null) {
    return undefined;
  }
  if (property instanceof AC.BoolProperty && typeof value !== "boolean") {
    return `${JSON.stringify(value)} is not true or false`;
  }
  if (property instanceof AC.NumProperty && typeof value !== "number") {
    return `${JSON.stringify(value)} is not a number`;
  }
  if (property instanceof AC.StringProperty && typeof value !== "string") {
    return `${JSON.stringify(value)} is not a string`;
  }
  return undefined;
}

function loadAdaptiveCards() {
  try {
    // The UMD bundle, so that Node loads it without a bundler.
    return require("adaptivecards/dist/adaptivecards.js");
  } catch (error) {
    throw new Error(
      "The npm package adaptivecards is not installed: run `npm ci` in the repository root.",
      { cause: error });
  }
}

/** JSON Pointer of every object and array in the card, so that problems say where they are. */
function pointersOf(card) {
  const pointers = new Map();
  const visit = (value, pointer) => {
    if (value === null || typeof value !== "object") {
      return;
    }
    pointers.set(value, pointer);
    for (const [key, child] of Object.entries(value)) {
      visit(child, `${pointer}/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`);
    }
  };
  visit(card, "");
  return pointers;
}

function located(pointer, message) {
  if (pointer === undefined) {
    return message;
  }
  return `${pointer === "" ? "/" : pointer}: ${message}`;
}
