/**
 * How a frontend uses the Claimbase API through the client generated from openapi.yaml
 * (`npm run generate` writes client/schema.d.ts; openapi-fetch makes typed calls from it).
 * Type-checked by `npm run check` in every `./mvnw -B verify`, so it breaks when the contract does.
 *
 *   1. "Claims about energy deals after 2014": GET /claims?topic=energy&event=deal&after=2014
 *   2. Author positions on a question:       GET /questions/{slug}/positions
 *   3. Articles and authors, with paging and problem details.
 */
import createClient from "openapi-fetch";
import type { components, paths } from "../client/schema";

type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type ArticleSummary = Schemas["ArticleSummary"];
export type Author = Schemas["Author"];

// JSON only: GET /claims also exports CSV and NDJSON, which this client does not read
export const api = createClient<paths, "application/json" | "application/problem+json">({
  baseUrl: "http://localhost:8080",
});

/** Every error of the API is an RFC 9457 problem; this keeps it whole for the UI. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
  }

  /** The message to show next to a form field or filter, if the problem names one. */
  messageFor(fieldOrParameter: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === fieldOrParameter || e.parameter === fieldOrParameter)
      ?.message;
  }
}

// --- 3. articles and authors ------------------------------------------------------------------------------

/** Articles by one author published after a year, month or day ("2014", "2014-05", "2014-05-21"). */
export async function articlesBy(authorSlug: string, publishedAfter: string): Promise<ArticleSummary[]> {
  const { data, error } = await api.GET("/articles", {
    params: { query: { author: authorSlug, publishedAfter, limit: 50 } },
  });
  if (error) throw new ProblemError(error);
  return data.items;
}

/** Every author, following the keyset cursor page by page. */
export async function* allAuthors(): AsyncGenerator<Author> {
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET("/authors", {
      params: { query: cursor === undefined ? { limit: 200 } : { limit: 200, cursor } },
    });
    if (error) throw new ProblemError(error);
    yield* data.items;
    cursor = data.next ?? undefined;
  } while (cursor !== undefined);
}

/** One line per article for a list view; nullable fields are typed as such, so the fallbacks are required. */
export function articleLine(article: ArticleSummary): string {
  const by = article.author?.name ?? "unsigned";
  const when = article.publishedOn ?? "undated";
  return `${article.title ?? "(untitled)"} — ${by}, ${article.outlet ?? "unknown outlet"}, ${when} ` +
    `(${article.claimCount} claims)`;
}

// --- 1. claims about energy deals after 2014 ---------------------------------------------------------------------

export type Claim = Schemas["Claim"];
export type AuthorPosition = Schemas["AuthorPosition"];

/**
 * The card query: claims tagged with the topic energy (or any of its subtopics, such as energy.gas) that describe a
 * deal and speak about a time after 2014 (their period ends after 2014-12-31).
 */
export async function energyDealsAfter2014(): Promise<Claim[]> {
  const { data, error } = await api.GET("/claims", {
    params: { query: { topic: ["energy"], event: ["deal"], after: "2014" } },
  });
  if (error) throw new ProblemError(error);
  return data.items;
}

export function claimLine(claim: Claim): string {
  const when = claim.time?.start ? `${claim.time.start}…${claim.time.end}` : "time unknown";
  const who = claim.author?.name ?? "unsigned";
  return `[${claim.kind}, ${claim.certainty}] ${claim.text} — ${who} (${when}; ${claim.actors.join(", ")})`;
}

// --- 2. author positions on a question ---------------------------------------------------------------------------

/** One row per author, ordered by score, each with its evidence. */
export async function positions(questionSlug: string): Promise<AuthorPosition[]> {
  const { data, error } = await api.GET("/questions/{slug}/positions", {
    params: { path: { slug: questionSlug } },
  });
  if (error) throw new ProblemError(error);
  return data.items;
}

/** Renders the positions as the rows of a table: author, label (score), trend, confidence, the best quotes. */
export function renderPositions(rows: AuthorPosition[]): string[] {
  return rows.map((row) => {
    const score = row.score === null ? "undetermined" : `${row.label} (${row.score})`;
    const trend = row.trend ?? "no trend";
    const quotes = row.evidence.slice(0, 2)
      .map((e) => `${e.supports ? "+" : "−"} “${e.quote}”${e.attribution === "reported" ? " (reported)" : ""}`)
      .join(" ");
    const who = row.author?.name ?? "unsigned";
    return `${who}: ${score}, ${trend}, confidence ${Math.round(row.confidence * 100)}% ${quotes}`;
  });
}

/** What a page of the frontend does: the card query, then the positions on China–Russia alignment. */
export async function main(): Promise<void> {
  for (const claim of await energyDealsAfter2014()) console.log(claimLine(claim));
  for (const line of renderPositions(await positions("china-russia-alignment"))) console.log(line);
  for await (const author of allAuthors()) {
    for (const article of await articlesBy(author.slug, "2014")) console.log(articleLine(article));
  }
}
