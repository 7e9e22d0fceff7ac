// Drives Banana Cake Pop, as served by a running kenpograph, in Debian's headless Chromium: opens the
// IDE, creates a document, waits until the IDE has introspected the schema, types a query, runs it and
// waits for the expected text in the response pane. Saves a screenshot either way.
// Usage: node ide.mjs <graphql url> <screenshot.png> <query> <expected text> [subscription]
// With `subscription`, the operation is a subscription: Run opens it (the IDE's WebSocket), and the expected text is
// awaited (up to 3 minutes) while the test publishes a new data version.
// Prints one JSON line {ok, step, error?, response?}; exit code 0 only when the expected text appeared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [url, screenshot, query, expected, mode] = process.argv.slice(2);
const subscription = mode === 'subscription';
if (!expected) {
  console.error('usage: node ide.mjs <graphql url> <screenshot.png> <query> <expected text>');
  process.exit(2);
}

// Each wait is bounded; the whole run stays well under the C# test's own time limit.
const stepTimeout = 30_000;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenpograph-chromium-'));
let step = 'launch';
let context;
let serverResponse;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // Root in a container needs --no-sandbox; the rest keep Chromium from reaching the network on its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
    timeout: stepTimeout,
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(stepTimeout);
  // Every POST the IDE sends, on stderr, for the test output when something goes wrong.
  page.on('request', r => r.method() === 'POST' && console.error('POST', r.postData()?.slice(0, 200)));

  step = 'open the IDE';
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Create Document' }).first().click();

  step = 'load the schema';
  await page.getByText('Schema available').waitFor();

  step = 'type the query';
  // The editor may still be initialising when the schema arrives and drop the first input, so type
  // until it shows the text (bounded). insertText, not type: typing key by key auto-closes braces.
  const requestEditor = page.locator('.monaco-editor').first();
  const token = query.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
  for (let attempt = 1; ; attempt++) {
    await requestEditor.locator('textarea').first().focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(query);
    try {
      await requestEditor.locator('.view-lines', { hasText: token }).waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }

  step = 'run the query';
  // The IDE parses the editor's text a moment after it changes; until then Run sends the previous
  // (empty) document. Its "Run" code lens above the operation shows that it has parsed ours.
  await requestEditor.locator('.codelens-decoration', { hasText: 'Run' }).first().waitFor();
  const sent = JSON.stringify(query).slice(1, -1);
  if (subscription) {
    // The IDE subscribes over its WebSocket (graphql-transport-ws); what it receives is logged for the test output.
    page.on('websocket', ws => {
      console.error('WebSocket', ws.url());
      ws.on('framereceived', f => console.error('received', String(f.payload).slice(0, 300)));
      ws.on('framesent', f => console.error('sent', String(f.payload).slice(0, 200)));
    });
    await page.getByRole('button', { name: /^Run Operation/ }).click();
    step = 'see the event';
    await page.locator('.monaco-editor .view-lines', { hasText: expected }).first().waitFor({ timeout: 180_000 });
    await page.screenshot({ path: screenshot });
    console.log(JSON.stringify({ ok: true, step }));
    process.exit(0);
  }
  for (let attempt = 1; ; attempt++) {
    const answered = page.waitForResponse(r => r.request().method() === 'POST' && (r.request().postData() ?? '').includes(sent),
      { timeout: 10_000 });
    await page.getByRole('button', { name: /^Run Operation/ }).click();
    try {
      serverResponse = await (await answered).text();
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }

  step = 'see the result';
  await page.locator('.monaco-editor .view-lines', { hasText: expected }).first().waitFor();
  await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ ok: true, step, response: serverResponse }));
} catch (error) {
  if (context) {
    await context.pages()[0]?.screenshot({ path: screenshot }).catch(() => {});
  }
  console.log(JSON.stringify({ ok: false, step, error: String(error?.message ?? error), response: serverResponse }));
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
