// The browser test of examples/web: drives the built page in Debian's headless Chromium (playwright-core, no browser
// download) against a running Claimbase, the page served from another origin than the API.
//
//   node examples/web/browser-test.mjs PAGE_URL API_BASE SCREENSHOT
//
// PAGE_URL must carry ?api=API_BASE. BrowserIT runs it in `./mvnw verify` against the packaged jar; by hand, with
// scripts/run.sh and `npx vite preview examples/web --port 4173` (an origin the dev profile allows):
//   node examples/web/browser-test.mjs 'http://localhost:4173/?api=http://localhost:8080' http://localhost:8080 /tmp/web.png
// Exits 0 when every check passed, 1 (with the failed check) otherwise.
import { chromium } from "playwright-core";

const [pageUrl, apiBase, screenshot] = process.argv.slice(2);
if (!pageUrl || !apiBase || !screenshot) {
  console.error("usage: browser-test.mjs PAGE_URL API_BASE SCREENSHOT");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TIMEOUT = 30_000;

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  console.log(`ok - ${message}`);
}

async function api(pathAndQuery) {
  const response = await fetch(apiBase + pathAndQuery);
  if (!response.ok) throw new Error(`GET ${pathAndQuery}: ${response.status} ${await response.text()}`);
  return response.json();
}

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  const claimRequests = [];
  const failures = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(apiBase).origin && url.pathname === "/claims") claimRequests.push(url);
  });
  page.on("pageerror", (error) => failures.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") failures.push(message.text()); });
  /** Does something that changes the claims shown; answers the URL of the /claims request it caused, once shown. */
  async function act(action) {
    const request = page.waitForRequest((r) => new URL(r.url()).pathname === "/claims");
    await action();
    const url = new URL((await request).url());
    await page.waitForSelector("body[data-claims=shown], body[data-claims=failed]", { state: "attached" });
    return url;
  }

  // 1. the page loads from its own origin and reads the API cross-origin
  await page.goto(pageUrl);
  await page.waitForSelector("body[data-ready=true]");
  check(new URL(page.url()).origin !== new URL(apiBase).origin, `the page (${new URL(page.url()).origin}) is served from another origin than the API (${apiBase})`);
  check(failures.length === 0 && (await page.textContent("#error")) === "", `no error on load ${failures.join("; ")}`);

  // 2. the card query: topic=energy, event=deal, after=2014, with the same claims the API gives
  const first = claimRequests[0];
  check(first?.searchParams.get("topic") === "energy" && first.searchParams.get("event") === "deal"
    && first.searchParams.get("after") === "2014", `the first request is the card query: ${first}`);
  const card = await api("/claims?topic=energy&event=deal&after=2014&limit=10");
  const shown = await page.$$eval("#claim-list li > div:first-child", (items) => items.map((i) => i.textContent));
  check(shown.length > 0 && JSON.stringify(shown) === JSON.stringify(card.items.map((c) => c.text)),
    `the list shows the API's ${card.items.length} claims about energy deals after 2014`);
  const topicOptions = await page.$$eval("[data-testid=topic] option", (o) => o.map((x) => x.value).filter(Boolean));
  const topics = await api("/topics?limit=200");
  check(JSON.stringify(topicOptions) === JSON.stringify(topics.items.map((t) => t.id)),
    `the topic filter lists the ${topicOptions.length} topics of GET /topics`);
  const facetTopics = await page.$$eval("#facets button[data-facet=topic]", (b) => b.map((x) => x.dataset.value));
  check(facetTopics.includes("energy"), `the facet sidebar shows the topic counts: ${facetTopics.join(", ")}`);

  // 3. the filters change the request: an author, then a facet, then an invalid date (a problem shown)
  const author = card.items[0].author;
  let url = await act(() => page.selectOption("[data-testid=author]", author.slug));
  check(url.searchParams.get("author") === author.slug, `choosing an author adds author=${author.slug}`);
  const metas = await page.$$eval("#claim-list .meta", (m) => m.map((x) => x.textContent));
  check(metas.length > 0 && metas.every((m) => m.startsWith(author.name)), `every claim listed is by ${author.name}`);
  await act(() => page.selectOption("[data-testid=author]", ""));
  url = await act(() => page.click("#facets button[data-facet=event][data-value=deal]"));
  check(!url.searchParams.has("event") && url.searchParams.get("topic") === "energy",
    `clicking the active event facet removes the event filter: ${url.search}`);
  url = await act(async () => {
    await page.fill("[data-testid=after]", "2014-13");
    await page.press("[data-testid=after]", "Enter");
  });
  check(url.searchParams.get("after") === "2014-13", "typing a date sends it as after=");
  const shownError = await page.textContent("#error");
  check(shownError.includes("after"), `the API's problem for a bad date is shown, naming the parameter: ${shownError}`);
  failures.length = 0; // the browser logs the 400 it was just sent on purpose

  // 4. paging with the cursor
  await act(async () => {
    await page.fill("[data-testid=after]", "2014");
    await page.press("[data-testid=after]", "Enter");
  });
  await act(() => page.selectOption("[data-testid=limit]", "1"));
  const page1 = await page.textContent("#claim-list li");
  url = await act(() => page.click("[data-testid=next]"));
  check(url.searchParams.has("cursor") && url.searchParams.get("limit") === "1", `Next sends the cursor: ${url.search}`);
  const page2 = await page.textContent("#claim-list li");
  check(page2 !== page1, "the second page shows another claim");
  url = await act(() => page.click("[data-testid=previous]"));
  check(!url.searchParams.has("cursor") && (await page.textContent("#claim-list li")) === page1,
    "Previous goes back to the first page");

  // 5. the positions chart: the seed authors in the API's order, evidence on click
  const positions = await api("/questions/china-russia-alignment/positions?limit=200");
  const expected = positions.items.map((row) => row.author?.name ?? "(unsigned)");
  const drawn = await page.$$eval("#chart .mark", (marks) => marks.map((m) => m.dataset.author));
  check(JSON.stringify(drawn) === JSON.stringify(expected), `the chart draws one mark per author in the API's order: ${drawn.join(" < ")}`);
  const ys = await page.$$eval("#chart .mark circle", (c) => c.map((x) => [Number(x.getAttribute("cx")), Number(x.getAttribute("cy"))]));
  const scored = positions.items.filter((row) => row.score !== null);
  check(ys.length === scored.length && ys.every(([cx, cy], i) => i === 0 || (cx >= ys[i - 1][0] && cy > ys[i - 1][1])),
    "the marks sit left to right by score, one row per author");
  for (const seedAuthor of ["Pavel K Baev", "Maxim Trudolyubov", "Torrey Taussig", "Artyom Lukin"]) {
    check(drawn.includes(seedAuthor), `the seed author ${seedAuthor} is on the chart`);
  }
  const axis = await page.$$eval("#chart .axis text", (t) => t.map((x) => x.textContent));
  check(axis.join(",") === "rivalry,limited-partnership,strategic-partnership,quasi-alliance,alliance", `the scale is the axis: ${axis.join(" → ")}`);
  const chosen = positions.items.findIndex((row) => row.evidence.length > 0);
  await page.locator("#chart .mark").nth(chosen).locator("circle").click();
  const quotes = await page.$$eval("#evidence blockquote", (q) => q.length);
  check(quotes === positions.items[chosen].evidence.length && quotes > 0,
    `clicking ${expected[chosen]}'s mark shows the ${quotes} evidence quotes`);

  // the state of the card for the screenshot: the card query, ten a page, one author's evidence open
  await act(() => page.selectOption("[data-testid=limit]", "10"));
  await act(() => page.selectOption("[data-testid=event]", "deal"));
  await page.screenshot({ path: screenshot, fullPage: true });
  check(failures.length === 0, `no script error in the page ${failures.join("; ")}`);
  console.log(`screenshot: ${screenshot}`);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
