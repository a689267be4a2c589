// What a person does in the Microsoft 365 Agents Playground web client, as Playwright steps.
// Selectors were read off @microsoft/m365agentsplayground 0.2.28 (pinned in package.json):
// the chat list is an ARIA tree of treeitems, the compose box is a Lexical contenteditable
// (role textbox), each message has a header labelled "Message header", and cards are rendered
// by the Adaptive Cards JS renderer into `.ac-adaptiveCard`.

/** The Playground's personal chat with the bot, driven through its web page. */
export class PlaygroundChat {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Opens the Playground at baseUrl and waits until its compose box can be typed in. */
  static async open(context, baseUrl) {
    const page = context.pages()[0] ?? (await context.newPage());
    // The client bundle is large; on a busy 2-core machine the first render takes many seconds.
    page.setDefaultTimeout(120_000);
    await page.goto(baseUrl);
    const chat = new PlaygroundChat(page);
    await chat.composeBox().waitFor();
    return chat;
  }

  /** The message compose box (a rich-text editor), not the text inputs of cards in the conversation. */
  composeBox() {
    return this.page.locator('[role="textbox"][contenteditable="true"]');
  }

  /** Selects the personal (1:1) chat with the bot in the chat list. */
  async openPersonalChat() {
    const item = this.page.getByRole('treeitem', { name: 'Personal Chat' });
    await item.click();
    await this.composeBox().waitFor();
  }

  /** Types text into the compose box and sends it with Enter, as a person would. */
  async send(text) {
    await this.composeBox().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The cards rendered in the open conversation whose text contains every one of texts, oldest first. */
  cards(...texts) {
    let cards = this.page.locator('.ac-adaptiveCard');
    for (const text of texts) cards = cards.filter({ hasText: text });
    return cards;
  }

  /** Sends text and waits for the first card matching texts that was not on the page before. */
  async sendAndWaitForCard(text, ...texts) {
    const before = await this.cards(...texts).count();
    await this.send(text);
    const card = this.cards(...texts).nth(before);
    await card.waitFor();
    return card;
  }

  /**
   * Tags the chat message that holds the given card, so the same message can be found again after
   * its card is replaced (the Playground keeps the message element and swaps its content).
   */
  async messageHolding(card, tag) {
    await card.evaluate((element, value) => {
      const message = element.closest('div:has([aria-label="Message header"])');
      if (!message) throw new Error('the card is not inside a chat message');
      message.setAttribute('data-e2e-message', value);
    }, tag);
    return this.page.locator(`[data-e2e-message="${tag}"]`);
  }

  async screenshot(path) {
    await this.page.screenshot({ path, fullPage: true });
  }
}
