// The HTML report in real Chromium: user text full of markup must show as text and run nothing.
// Run: node --test tests/node/   (CLAIMSCOPE_CLI=path/to/claimscope, else build/native, else build/*)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const A = '<script>alert(1)</script>';
const B = '"><img src=x onerror=alert(1)>';

function findBinary() {
  if (process.env.CLAIMSCOPE_CLI) return process.env.CLAIMSCOPE_CLI;
  if (existsSync(join(root, 'build/native/claimscope'))) return join(root, 'build/native/claimscope');
  const build = join(root, 'build');
  for (const d of existsSync(build) ? readdirSync(build) : []) {
    const p = join(build, d, 'claimscope');
    if (existsSync(p)) return p;
  }
  throw new Error('claimscope binary not found: build it or set CLAIMSCOPE_CLI');
}

async function withPage(fn) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    const dialogs = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    await fn(page, dialogs);
  } finally {
    await browser.close();
  }
}

test('the harness notices a page that runs injected markup (control)', async () => {
  await withPage(async (page, dialogs) => {
    await page.setContent(`<p>${B}</p>`);
    await page.waitForTimeout(300);
    assert.equal(dialogs.length, 1);
  });
});

test('a report from a project full of markup shows it as text and runs nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-report-'));
  try {
    const out = join(dir, 'evil.report.html');
    execFileSync(findBinary(), ['convert', join(root, 'tests/data/formats/evil.claimscope.json'), '-o', out]);
    await withPage(async (page, dialogs) => {
      await page.goto(pathToFileURL(out).href);
      await page.waitForTimeout(500);
      assert.deepEqual(dialogs, []);
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        imgs: document.querySelectorAll('img').length,
        handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        title: document.title,
        h1: document.querySelector('h1').textContent,
        body: document.body.innerText,
        svgText: [...document.querySelectorAll('svg text')].map((t) => t.textContent).join('\n'),
        legend: document.querySelector('.legend').textContent,
      }));
      assert.equal(dom.scripts, 0);
      assert.equal(dom.imgs, 0);
      assert.equal(dom.handlers, 0);
      assert.equal(dom.title, `${A} ${B} \u2014 Claimscope report`);
      assert.equal(dom.h1, `${A} ${B}`);
      assert.ok(dom.body.includes(`${A} and ${B}`), 'the note shows literally');
      assert.ok(dom.body.includes(`${B} Abdul Qahar Balkhi`), 'the entity shows literally');
      assert.ok(dom.legend.includes(A), 'the type label shows literally in the legend');
      assert.ok(dom.svgText.includes(B.slice(0, 20)), 'the entity shows literally in the chart');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
