package io.claimbase.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Reads a web page as an article: parses it with jsoup (a real HTML5 parser, so broken markup is repaired the way a
 * browser repairs it), reads the metadata the page states, and keeps the main content only, as plain text with one
 * blank line between paragraphs — what a careful copy-paste of the article would give. The text then goes through
 * the same pipeline as a posted text.
 *
 * <p>Main content: the largest {@code <article>}, {@code <main>}, {@code [role=main]} or {@code [itemprop=articleBody]}
 * block; on a page with none of them, the element holding the most paragraph text (the "densest" block). Dropped
 * wherever they are: scripts, styles, navigation, headers, footers, asides, forms, figures, hidden elements, elements
 * whose class or id names a widget (comments, share buttons, "related", sidebars, ads, newsletters, bylines), and
 * lists or paragraphs that are mostly links (related-article lists, "download the PDF"). The text of the page's
 * {@code <h1>} is its title, not part of the body (what broken markup nests inside an unclosed {@code <h1>} is kept).
 *
 * <p>Metadata, first found wins: title {@code og:title}, JSON-LD {@code headline}, {@code <title>}, the first
 * {@code <h1>}; author {@code meta name=author}, {@code article:author} (unless a URL), JSON-LD {@code author}, a byline
 * element; publication date {@code article:published_time}, JSON-LD {@code datePublished}, the first
 * {@code <time datetime>}; outlet {@code og:site_name}, JSON-LD {@code publisher}; canonical URL
 * {@code <link rel=canonical>}, {@code og:url}.
 */
public final class HtmlReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String JUNK = "script, style, noscript, template, nav, header, footer, aside, form, iframe,"
            + " svg, button, select, input, textarea, figure, object, embed, canvas, dialog,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search],"
            + " [aria-hidden=true], [hidden]";

    /** Class or id words of page furniture; matched against each class name and the id, as whole words. */
    private static final Pattern WIDGET = Pattern.compile("(?i)(^|[-_ ])("
            + "(comment|share|sharing|social|related|recommend|sidebar|advert|promo|newsletter|subscri|cookie|consent"
            + "|breadcrumb|popup|modal|sponsor|outbrain|taboola|disqus|widget|toolbar|pagination|footer|header|menu"
            + "|navbar|navigation)\\w*"
            + "|ads?|adslot|byline|author|meta|dateline|tags|nav)($|[-_ ])");

    private static final Set<String> KEEP_ALWAYS = Set.of("html", "body", "main");

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "address",
            "hr",
            "center");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private HtmlReader() {}

    /**
     * Reads a page sent as bytes: decoded with the given charset (from the HTTP {@code Content-Type}), or when there
     * is none, the one a byte-order mark or a {@code <meta charset>} declares, else UTF-8.
     */
    public static HtmlArticle read(byte[] page, String charset) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(page), charset, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Charset decodedWith = doc.charset();
        return read(doc, new String(page, decodedWith));
    }

    /** Reads a page given as text (already decoded). */
    public static HtmlArticle read(String page) {
        return read(Jsoup.parse(page), page);
    }

    private static HtmlArticle read(Document doc, String source) {
        String title = first(
                meta(doc, "property", "og:title"), jsonLd(doc, "headline"), doc.title(), text(doc.selectFirst("h1")));
        String author = first(
                meta(doc, "name", "author"),
                notUrl(meta(doc, "property", "article:author")),
                jsonLd(doc, "author"),
                byline(doc));
        LocalDate published = date(first(
                meta(doc, "property", "article:published_time"),
                jsonLd(doc, "datePublished"),
                attr(doc.selectFirst("time[datetime]"), "datetime"),
                meta(doc, "name", "date")));
        String outlet = first(meta(doc, "property", "og:site_name"), jsonLd(doc, "publisher"));
        String canonical = first(
                httpUrl(attr(doc.selectFirst("link[rel=canonical]"), "href")),
                httpUrl(meta(doc, "property", "og:url")));
        return new HtmlArticle(source, mainText(doc), title, author, outlet, published, canonical);
    }

    // ---------------------------------------------------------------------------------------------- main content

    private static String mainText(Document doc) {
        doc.select(JUNK).remove();
        for (Element element : doc.getAllElements()) {
            if (!KEEP_ALWAYS.contains(element.normalName()) && element.parent() != null && isWidget(element)) {
                element.remove();
            }
        }
        for (Element element : doc.select("ul, ol, p, dl, table, div")) {
            if (element.parent() != null
                    && (!"div".equals(element.normalName()) || element.selectFirst("p") == null)
                    && mostlyLinks(element)) {
                element.remove();
            }
        }
        Element block = mainBlock(doc);
        return block == null ? "" : paragraphs(block);
    }

    private static boolean isWidget(Element element) {
        if (WIDGET.matcher(element.id()).find()) {
            return true;
        }
        for (String name : element.classNames()) {
            if (WIDGET.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /** A list or paragraph whose text is mostly link text: a "related" list, a "download the PDF" line. */
    private static boolean mostlyLinks(Element element) {
        int all = element.text().length();
        if (all == 0) {
            return false;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return linked * 10 >= all * 7;
    }

    private static Element mainBlock(Document doc) {
        Element best = null;
        int bestScore = -1;
        for (Element candidate : doc.select("article, main, [role=main], [itemprop=articleBody]")) {
            int score = candidate.select("p").text().length();
            if (score == 0) {
                score = candidate.text().length() / 4;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && bestScore > 0) {
            return best;
        }
        return densest(doc);
    }

    /** The element whose own paragraphs hold the most text: where the article is on a page that does not say. */
    private static Element densest(Document doc) {
        java.util.Map<Element, Integer> scores = new java.util.HashMap<>();
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .orElse(doc.body());
    }

    /** The block's text, one paragraph per block element, paragraphs separated by a blank line. */
    private static String paragraphs(Element block) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        block.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (!(text.parent() != null && "h1".equals(text.parent().normalName()))) {
                        // an <h1>'s own text is the title, not the body; line breaks in the source are spaces
                        paragraph.append(text.getWholeText().replaceAll("\\s+", " "));
                    }
                } else if (node instanceof Element element) {
                    if ("br".equals(element.normalName())) {
                        paragraph.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush(paragraph, out);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(paragraph, out);
                }
                return FilterResult.CONTINUE;
            }
        });
        flush(paragraph, out);
        return String.join("\n\n", out);
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        String text = paragraph
                .toString()
                .replace('\u00a0', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    // ---------------------------------------------------------------------------------------------- metadata

    private static String meta(Document doc, String attribute, String name) {
        for (Element meta : doc.select("meta[" + attribute + "]")) {
            if (name.equalsIgnoreCase(meta.attr(attribute).strip())) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    /** A property of the page's JSON-LD article object (a name for author and publisher); null if none. */
    private static String jsonLd(Document doc, String property) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException e) {
                continue; // a broken JSON-LD block states nothing
            }
            for (JsonNode node : objects(root)) {
                String value = name(node.get(property));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        if (root == null) {
            return found;
        }
        if (root.isArray()) {
            root.forEach(item -> found.addAll(objects(item)));
        } else if (root.isObject()) {
            found.add(root);
            if (root.has("@graph")) {
                found.addAll(objects(root.get("@graph")));
            }
        }
        return found;
    }

    /** A JSON-LD value as text: a string, an object's {@code name}, or the names of an array joined by "and". */
    private static String name(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return blankToNull(value.asText());
        }
        if (value.isObject()) {
            return name(value.get("name"));
        }
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            value.forEach(item -> {
                String one = name(item);
                if (one != null) {
                    names.add(one);
                }
            });
            return names.isEmpty() ? null : String.join(" and ", names);
        }
        return null;
    }

    private static String byline(Document doc) {
        Element byline = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, .author-name");
        String text = text(byline);
        if (text == null) {
            return null;
        }
        text = text.replaceFirst("(?i)^by\\s+", "").strip();
        return text.isEmpty() || text.length() > 200 ? null : text;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String notUrl(String value) {
        return value == null || value.toLowerCase(Locale.ROOT).startsWith("http") ? null : value;
    }

    private static String httpUrl(String value) {
        return value != null && value.matches("https?://\\S+") && value.length() <= 2000 ? value : null;
    }

    private static String attr(Element element, String attribute) {
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
