// Just enough of the Azure Table Storage REST API (SharedKeyLite, JSON without metadata) for the end-to-end test to
// arrange what no card can yet: a finished workshop whose revisit is due (the finish button is step 7's own work).
// Talks only to the Azurite that scripts/e2e.sh passes in TABLES_CONNECTION_STRING.
import { createHmac } from 'node:crypto';

export class Tables {
  constructor(connectionString) {
    const parts = Object.fromEntries(connectionString.split(';').filter(Boolean).map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at), part.slice(at + 1)];
    }));
    this.account = parts.AccountName;
    this.key = Buffer.from(parts.AccountKey, 'base64');
    this.endpoint = new URL(parts.TableEndpoint.endsWith('/') ? parts.TableEndpoint : `${parts.TableEndpoint}/`);
    if (!['127.0.0.1', 'localhost'].includes(this.endpoint.hostname)) throw new Error('tables.mjs talks to a local Azurite only');
  }

  /** The entities of table that match an OData filter. */
  async query(table, filter) {
    const body = await this.#send('GET', `${table}()?$filter=${encodeURIComponent(filter)}`);
    return body.value;
  }

  /** Merges properties into an entity, whatever its ETag. */
  async merge(table, partitionKey, rowKey, properties) {
    await this.#send('PATCH', `${table}(PartitionKey='${odata(partitionKey)}',RowKey='${odata(rowKey)}')`, properties, { 'If-Match': '*' });
  }

  /** Inserts an entity. */
  async insert(table, entity) {
    await this.#send('POST', table, entity);
  }

  async #send(method, resource, body, headers = {}) {
    const url = new URL(resource, this.endpoint);
    const date = new Date().toUTCString();
    // SharedKeyLite for the Table service: the date, then the account and the path (the emulator's path starts with the account).
    const signed = `${date}\n/${this.account}${url.pathname}`;
    const signature = createHmac('sha256', this.key).update(signed, 'utf8').digest('base64');
    const response = await fetch(url, {
      method,
      headers: {
        'x-ms-date': date,
        'x-ms-version': '2019-02-02',
        Authorization: `SharedKeyLite ${this.account}:${signature}`,
        Accept: 'application/json;odata=nometadata',
        'Content-Type': 'application/json',
        Prefer: 'return-no-content',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url.pathname}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  }
}

/** A key as src/JourneyBot/Storage/TableKey.cs escapes it: / \ # ? % and control characters as %XX. */
export function tableKey(value) {
  return [...value].map((c) => {
    const code = c.charCodeAt(0);
    return '/\\#?%'.includes(c) || code < 0x20 || (code >= 0x7f && code <= 0x9f)
      ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
      : c;
  }).join('');
}

function odata(key) {
  return encodeURIComponent(key.replaceAll("'", "''"));
}
