/**
 * A browser client of the Claimbase API, built with Vite from the committed contract: the types come from
 * openapi-typescript (`npm run generate` → client/schema.d.ts), the calls from openapi-fetch. It shows the two card
 * queries: claims about energy deals after 2014 with their filters, facets and paging, and the positions of the
 * authors on China–Russia alignment as a chart. The filter lists come from the vocabularies (/topics, /events) and
 * /authors, so nothing the server validates is hard-coded here.
 *
 * The API's address is the page's `?api=` parameter (default http://localhost:8080); the service must allow the
 * page's origin in QUARKUS_HTTP_CORS_ORIGINS (scripts/run.sh allows http://localhost:5173 and http://127.0.0.1:5173).
 * Checked in every `./mvnw verify`: type-checked by `npm run typecheck`, built by `npm run build:web` and driven in
 * headless Chromium by browser-test.mjs (BrowserIT).
 */
import createClient from "openapi-fetch";
import type { components, paths } from "../../../client/schema";

type Schemas = components["schemas"];
type Claim = Schemas["Claim"];
type ClaimFacets = Schemas["ClaimFacets"];
type FacetCount = Schemas["FacetCount"];
type AuthorPosition = Schemas["AuthorPosition"];
type Question = Schemas["Question"];
type Problem = Schemas["Problem"];

const QUESTION = "china-russia-alignment";
const apiBase = new URLSearchParams(location.search).get("api") ?? "http://localhost:8080";
const api = createClient<paths, "application/json" | "application/problem+json">({ baseUrl: apiBase });

const $ = <T extends Element>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
};
const form = $<HTMLFormElement>("#filters");
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement;

/** An API error as the page shows it: the problem's title and detail, and the parameter it names. */
function fail(problem: Problem | undefined, what: string): never {
  // the detail names the parameter or field; the errors list is there for a form to mark each field
  const named = problem?.errors?.map((e) => `${e.parameter ?? e.field}: ${e.message}`)
    .filter((error) => !problem.detail.includes(error)).join("; ");
  const text = problem ? `${problem.title}: ${problem.detail}${named ? ` (${named})` : ""}` : "no answer";
  $("#error").textContent = `${what} failed — ${text}`;
  throw new Error(text);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

// --- filter lists from the vocabularies ---------------------------------------------------------------------------

async function allPages<T>(load: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    items.push(...page.items);
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return items;
}

function fill(select: HTMLSelectElement, options: { value: string; label: string }[]) {
  for (const option of options) select.append(new Option(option.label, option.value));
}

async function loadFilterLists() {
  const [topics, events, authors] = await Promise.all([
    allPages(async (cursor) => {
      const { data, error } = await api.GET("/topics", { params: { query: { limit: 200, ...(cursor && { cursor }) } } });
      return data ?? fail(error, "GET /topics");
    }),
    allPages(async (cursor) => {
      const { data, error } = await api.GET("/events", { params: { query: { limit: 200, ...(cursor && { cursor }) } } });
      return data ?? fail(error, "GET /events");
    }),
    allPages(async (cursor) => {
      const { data, error } = await api.GET("/authors", { params: { query: { limit: 200, ...(cursor && { cursor }) } } });
      return data ?? fail(error, "GET /authors");
    }),
  ]);
  // the taxonomy in id order puts a parent before its children: indent by depth
  fill(field("topic") as HTMLSelectElement, topics.map((t) => ({
    value: t.id,
    label: `${"\u00a0\u00a0".repeat(t.id.split(".").length - 1)}${t.label}`,
  })));
  fill(field("event") as HTMLSelectElement, events.map((e) => ({ value: e.id, label: e.label })));
  fill(field("author") as HTMLSelectElement, authors.map((a) => ({ value: a.slug, label: a.name })));
}

// --- claims: filters, facets, paging -------------------------------------------------------------------------------

type Filters = { topic?: string[]; event?: string[]; after?: string; author?: string };

function currentFilters(): Filters {
  const filters: Filters = {};
  const topic = field("topic").value;
  const event = field("event").value;
  const after = field("after").value.trim();
  const author = field("author").value;
  if (topic) filters.topic = [topic];
  if (event) filters.event = [event];
  if (after) filters.after = after;
  if (author) filters.author = author;
  return filters;
}

/** Cursors of the pages before the current one, and the current page's own. */
let previousCursors: (string | undefined)[] = [];
let currentCursor: string | undefined;
let nextCursor: string | null = null;

/** Each change of filters or page supersedes the one before: an answer to an older request is not shown. */
let latest = 0;

async function showClaims() {
  const request = ++latest;
  document.body.dataset["claims"] = "loading";
  const filters = currentFilters();
  const limit = Number(field("limit").value);
  const query = { ...filters, limit, ...(currentCursor && { cursor: currentCursor }) };
  $("#request").textContent = `/claims?${new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, String(v)]])),
  )}`;
  const [page, facets] = await Promise.all([
    api.GET("/claims", { params: { query } }),
    api.GET("/claims/facets", { params: { query: filters } }),
  ]);
  if (request !== latest) return;
  if (!page.data || !facets.data) {
    document.body.dataset["claims"] = "failed";
    if (!page.data) fail(page.error, "GET /claims");
    fail(facets.error, "GET /claims/facets");
  }
  $("#error").textContent = "";
  renderClaims(page.data.items, facets.data.total);
  renderFacets(facets.data);
  nextCursor = page.data.next;
  $<HTMLButtonElement>("#next").disabled = nextCursor === null;
  $<HTMLButtonElement>("#previous").disabled = previousCursors.length === 0;
  document.body.dataset["claims"] = "shown";
}

function renderClaims(claims: Claim[], total: number) {
  const first = previousCursors.length * Number(field("limit").value);
  $("#claims-status").textContent = claims.length === 0
    ? "No claim matches these filters."
    : `Claims ${first + 1}–${first + claims.length} of ${total}`;
  const list = $("#claim-list");
  list.setAttribute("start", String(first + 1));
  list.replaceChildren(...claims.map((claim) => {
    const item = el("li");
    item.append(el("div", claim.text));
    const when = claim.time ? `${claim.time.text} (${claim.time.start ?? "…"} – ${claim.time.end ?? "…"})` : "no time";
    const meta = [claim.author?.name ?? "unsigned", when, claim.topics.join(", "), claim.eventType ?? "no event"];
    item.append(el("div", meta.join(" · "), "meta"));
    return item;
  }));
}

function renderFacets(facets: ClaimFacets) {
  const groups: [string, string, FacetCount[]][] = [
    ["Topics", "topic", facets.topics],
    ["Events", "event", facets.events],
    ["Authors", "author", facets.authors],
    ["Years", "", facets.years.map((y) => ({ value: String(y.year), count: y.count }))],
  ];
  $("#facets").replaceChildren(...groups.flatMap(([title, filter, counts]) => [
    el("h3", title),
    ...counts.slice(0, 8).map((count) => {
      const button = el("button");
      button.type = "button";
      button.dataset["facet"] = filter;
      button.dataset["value"] = count.value;
      button.append(el("span", count.label ?? count.value), el("span", String(count.count)));
      if (filter && field(filter).value === count.value) button.classList.add("active");
      if (filter) {
        button.addEventListener("click", () => {
          const select = field(filter);
          select.value = select.value === count.value ? "" : count.value;
          restart();
        });
      } else {
        button.disabled = true;
      }
      return button;
    }),
  ]));
}

/** Shows a page of claims; a failure is already on the page (#error), so it goes no further. */
function refresh() {
  showClaims().catch(() => undefined);
}

function restart() {
  previousCursors = [];
  currentCursor = undefined;
  refresh();
}

// --- positions as a chart ------------------------------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

async function showPositions() {
  const [question, positions] = await Promise.all([
    api.GET("/questions/{slug}", { params: { path: { slug: QUESTION } } }),
    api.GET("/questions/{slug}/positions", { params: { path: { slug: QUESTION }, query: { limit: 200 } } }),
  ]);
  if (!question.data) fail(question.error, `GET /questions/${QUESTION}`);
  if (!positions.data) fail(positions.error, `GET /questions/${QUESTION}/positions`);
  $("#question-text").textContent = question.data.text;
  drawChart(question.data, positions.data.items);
}

function drawChart(question: Question, rows: AuthorPosition[]) {
  const chart = $<SVGSVGElement>("#chart");
  const left = 190, right = 40, top = 50, rowHeight = 34, width = 900;
  const height = top + rows.length * rowHeight + 20;
  const scores = question.scale.map((s) => s.score);
  const min = Math.min(...scores), max = Math.max(...scores);
  const x = (score: number) => left + ((score - min) / (max - min)) * (width - left - right);
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  chart.replaceChildren();

  // the scale as an axis: one tick per label, from one end of the scale to the other
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: x(min), x2: x(max), y1: top - 12, y2: top - 12, stroke: "#9aa3b0" }));
  for (const level of question.scale) {
    axis.append(svg("line", { x1: x(level.score), x2: x(level.score), y1: top - 16, y2: height - 14, stroke: "#e3e6ea" }));
    axis.append(svg("text", { x: x(level.score), y: top - 22, "text-anchor": "middle", "font-size": 12, fill: "#3b4350" },
      level.label));
  }
  chart.append(axis);

  rows.forEach((row, index) => {
    const y = top + index * rowHeight + rowHeight / 2;
    const name = row.author?.name ?? "(unsigned)";
    const mark = svg("g", { class: "mark", "data-author": name, "data-score": row.score ?? "", tabindex: 0 });
    mark.append(svg("text", { x: left - 12, y: y + 4, "text-anchor": "end", "font-size": 13, class: "author" }, name));
    if (row.score === null) {
      mark.append(svg("text", { x: left, y: y + 4, "font-size": 12, fill: "#5a6270" }, "undetermined"));
    } else {
      const cx = x(row.score);
      // the trend: toward the alliance end (strengthening), away from it (weakening), or a bar (stable)
      const direction = row.trend === "strengthening" ? 1 : row.trend === "weakening" ? -1 : 0;
      if (direction !== 0) {
        const end = cx + direction * 34;
        mark.append(svg("line", { x1: cx, x2: end, y1: y, y2: y, stroke: "#4f6fbf", "stroke-width": 2 }));
        mark.append(svg("path", {
          d: `M${end} ${y} l${-direction * 7} -5 v10 z`, fill: "#4f6fbf",
        }));
      } else if (row.trend === "stable") {
        mark.append(svg("line", { x1: cx - 12, x2: cx + 12, y1: y, y2: y, stroke: "#4f6fbf", "stroke-width": 2 }));
      }
      mark.append(svg("circle", {
        cx, cy: y, r: 6 + 6 * row.confidence, fill: "#2f5bd3", "fill-opacity": 0.35 + 0.5 * row.confidence,
      }));
      const label = `${row.label} (${row.score}), ${row.trend ?? "no trend"}, confidence ${Math.round(row.confidence * 100)}%`;
      mark.append(svg("title", {}, label));
    }
    mark.addEventListener("click", () => {
      chart.querySelectorAll(".mark.selected").forEach((m) => m.classList.remove("selected"));
      mark.classList.add("selected");
      showEvidence(name, row);
    });
    chart.append(mark);
  });
}

function showEvidence(name: string, row: AuthorPosition) {
  const panel = $("#evidence");
  const heading = el("h3", `${name}: ${row.label}${row.score === null ? "" : ` (${row.score})`}, ` +
    `${row.trend ?? "no trend"} — ${row.evidence.length} evidence quotes`);
  panel.replaceChildren(heading, ...row.evidence.map((evidence) => {
    const quote = el("blockquote", `“${evidence.quote}”`, evidence.supports ? "for" : "against");
    const source = evidence.attribution === "reported" ? `, reported${evidence.source ? ` from ${evidence.source}` : ""}` : "";
    quote.append(el("div", `${evidence.supports ? "for" : "against"} ${evidence.pointsTo}${source}`, "meta"));
    return quote;
  }));
}

// --- wiring ---------------------------------------------------------------------------------------------------------

async function start() {
  $("#api-base").textContent = apiBase;
  field("topic").value = "";
  await loadFilterLists();
  // the card query: claims about energy deals after 2014
  field("topic").value = "energy";
  field("event").value = "deal";
  field("after").value = "2014";
  form.addEventListener("change", restart);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    restart();
  });
  $("#next").addEventListener("click", () => {
    if (nextCursor === null) return;
    previousCursors.push(currentCursor);
    currentCursor = nextCursor;
    refresh();
  });
  $("#previous").addEventListener("click", () => {
    currentCursor = previousCursors.pop();
    refresh();
  });
  await Promise.all([showClaims(), showPositions()]);
  document.body.dataset["ready"] = "true";
}

void start();
