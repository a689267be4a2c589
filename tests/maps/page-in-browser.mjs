// The map's web page in headless Chromium with JavaScript off, the way a reader with script disabled sees it:
//   node tests/maps/page-in-browser.mjs PAGE.html OUT_DIR [NAME...]
// Writes OUT_DIR/<page>.screen.png (desktop, full page), <page>.phone.png, <page>.print.png (print media at the sheet's
// printable width), <page>.pdf (A3 landscape, as printed) and
// prints one JSON line: whether each NAME is visible, the map section's size in print against one A3 landscape page,
// the PDF's page count, and any request the page made (it must make none). Exit code 0 when it ran (the caller judges
// the results), 2 when Chromium is missing, 1 on any other failure.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../e2e/chromium.mjs';

// A3 landscape (420mm x 297mm) less the stylesheet's 10mm margins, in CSS px (96 per inch).
const mm = 96 / 25.4;
const printable = { width: (420 - 20) * mm, height: (297 - 20) * mm };

const [pagePath, outDir, ...names] = process.argv.slice(2);
if (!pagePath || !outDir) {
  console.error('usage: node tests/maps/page-in-browser.mjs PAGE.html OUT_DIR [NAME...]');
  process.exit(64);
}

try {
  await access(executablePath);
} catch {
  console.log(JSON.stringify({ error: 'chromium-missing', executablePath }));
  process.exit(2);
}

const file = resolve(pagePath);
const stem = basename(file, extname(file));
await mkdir(outDir, { recursive: true });
const out = (suffix) => join(resolve(outDir), `${stem}${suffix}`);

const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
try {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
  // The page must stand alone: anything it asks for besides itself is refused and reported.
  const requests = [];
  await context.route((url) => url.protocol !== 'file:', (route) => {
    requests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);

  const screenshot = out('.screen.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  const visible = {};
  for (const name of names) {
    visible[name] = await page.getByText(name, { exact: false }).first().isVisible();
  }
  const scripts = await page.locator('script').count();

  await page.setViewportSize({ width: 390, height: 844 });
  const phoneScreenshot = out('.phone.png');
  await page.screenshot({ path: phoneScreenshot, fullPage: true });
  const phone = await page.evaluate(() => ({
    pageScrollWidth: document.documentElement.scrollWidth,
    viewportWidth: window.innerWidth,
  }));

  // Print: lay the page out at the printable width of the sheet and measure everything before the lists, which start a
  // new page (break-before: page), so this is what the first sheet has to hold.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(printable.width), height: Math.floor(printable.height) });
  const print = await page.evaluate(() => {
    const map = document.querySelector('#map');
    const lanes = document.querySelector('.lanes');
    const bottom = map ? map.getBoundingClientRect().bottom + window.scrollY : 0;
    return {
      mapHeight: Math.ceil(bottom),
      mapWidth: Math.ceil(Math.max(document.documentElement.scrollWidth, lanes ? lanes.scrollWidth : 0)),
      listsBreakBefore: getComputedStyle(document.querySelector('#lists') ?? document.body).breakBefore,
      // Sticky, fixed or absolute boxes print on top of other content or once per sheet: none may be drawn in print.
      positioned: [...document.querySelectorAll('body *')]
        .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).position !== 'static')
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    };
  });
  const printScreenshot = out('.print.png');
  await page.screenshot({ path: printScreenshot, fullPage: true });
  print.printableWidth = Math.floor(printable.width);
  print.printableHeight = Math.floor(printable.height);
  print.fitsWidth = print.mapWidth <= printable.width;
  print.fitsHeight = print.mapHeight <= printable.height;

  const pdf = out('.pdf');
  await page.pdf({ path: pdf, format: 'A3', landscape: true, printBackground: true });
  const pdfPages = countPages(await readFile(pdf));

  // The same page without step 6's section and the lists: how many sheets the map alone takes when printed.
  const mapOnly = out('.map-only.html');
  const html = await readFile(file, 'utf8');
  await writeFile(mapOnly, html.replace('</style>', '#analysis, #lists { display: none; }\n</style>'));
  await page.goto(pathToFileURL(mapOnly).href);
  const mapOnlyPdf = out('.map-only.pdf');
  await page.pdf({ path: mapOnlyPdf, format: 'A3', landscape: true, printBackground: true });
  const mapPdfPages = countPages(await readFile(mapOnlyPdf));

  console.log(JSON.stringify({
    page: file, javaScriptEnabled: false, scripts, requests, visible, phone, print, pdfPages, mapPdfPages,
    screenshot, phoneScreenshot, printScreenshot, pdf, mapOnlyPdf,
  }));
} finally {
  await browser.close();
}

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object each (the "/Type /Pages" tree nodes are not pages). */
function countPages(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
