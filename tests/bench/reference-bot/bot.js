// The reference bot of `scripts/bench.sh compare`: the workshop as a team would build it on the Bot Framework JS SDK
// (botbuilder 4.23.3), to measure JourneyBot against. A seven-prompt waterfall (WaterfallDialog + TextPrompt, one prompt
// per workshop step) whose dialog and answers live in ConversationState, stored in Blob Storage (BlobsStorage from
// botbuilder-azure-blobs); a CloudAdapter with no app id (no auth in, no token out) behind plain node http, so the
// figures are the SDK's and not a web framework's. Typed "start" begins a workshop; each answer leads to the next step;
// the seventh ends it with a summary. It asserts nothing and keeps nothing in memory between turns.
//   PORT=3979 BLOB_CONNECTION_STRING='...BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;' node bot.js
'use strict';
const http = require('node:http');
const {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, TurnContext,
} = require('botbuilder');
const { BlobsStorage } = require('botbuilder-azure-blobs');
const { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } = require('botbuilder-dialogs');

const port = Number(process.env.PORT ?? 3979);
const connectionString = process.env.BLOB_CONNECTION_STRING;
if (!connectionString) throw new Error('BLOB_CONNECTION_STRING is not set');

// No app id: the SDK's local (emulator) mode, the same trust JourneyBot's local mode gives loopback callers.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }));
adapter.onTurnError = async (context, error) => {
  console.error(`turn failed: ${error?.stack ?? error}`);
  await context.sendActivity('Sorry, something went wrong.');
};

const conversationState = new ConversationState(new BlobsStorage(connectionString, process.env.BLOB_CONTAINER ?? 'reference-bot'));
const dialogState = conversationState.createProperty('DialogState');
const workshops = conversationState.createProperty('Workshops');

const steps = [
  ['goalsAndPersonas', 'Step 1/7 · Goals and personas: what should this map find out, and for which personas?'],
  ['stages', 'Step 2/7 · Journey stages: which stages does the customer go through, and what do they do, think and feel in each?'],
  ['touchpoints', 'Step 3/7 · Touchpoints and channels: where does the customer meet you in each stage?'],
  ['feedback', 'Step 4/7 · Feedback and data: which KPIs, ratings and evidence back each stage?'],
  ['visualization', 'Step 5/7 · Visualization: what does the map show, and what is still missing?'],
  ['analysis', 'Step 6/7 · Analysis: where are the pain points and the moments that matter?'],
  ['implementation', 'Step 7/7 · Implementation and iteration: what will you change first, who owns it, and when will you look again?'],
];

const dialogs = new DialogSet(dialogState);
dialogs.add(new TextPrompt('answer'));
dialogs.add(new WaterfallDialog('workshop', [
  ...steps.map(([, question], i) => async (step) => {
    if (i > 0) step.values[steps[i - 1][0]] = step.result;
    return step.prompt('answer', question);
  }),
  async (step) => {
    step.values[steps[steps.length - 1][0]] = step.result;
    const done = await workshops.get(step.context, { completed: 0 });
    done.completed += 1;
    done.last = { ...step.values, finishedBy: step.context.activity.from?.id, finishedAt: new Date().toISOString() };
    await step.context.sendActivity(`Workshop ${done.completed} is complete: ${steps.length} steps answered. ` +
      `Goals and personas: ${step.values.goalsAndPersonas}. First change: ${step.values.implementation}`);
    return step.endDialog();
  },
]));

class WorkshopBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      // In group chats and channels Teams delivers only messages that @mention the bot; the mention is not the answer.
      TurnContext.removeRecipientMention(context.activity);
      const dialog = await dialogs.createContext(context);
      const result = await dialog.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dialog.beginDialog('workshop');
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
  }
}
const bot = new WorkshopBot();

// What CloudAdapter.process needs of a response (restify and express have these already).
function respond(res) {
  res.status = (code) => { res.statusCode = code; };
  res.header = (name, value) => res.setHeader(name, value);
  res.send = (body) => {
    if (typeof body === 'object' && !Buffer.isBuffer(body)) {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.write(JSON.stringify(body));
    } else {
      res.write(body);
    }
  };
  return res;
}

http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') { res.end('ok'); return; }
  if (req.url !== '/api/messages') { res.writeHead(404).end(); return; }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    adapter.process(req, respond(res), (context) => bot.run(context)).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}).listen(port, '127.0.0.1', () => console.log(`reference bot on http://127.0.0.1:${port}/api/messages`));
