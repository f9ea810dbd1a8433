package io.claimbase.extract.text;

import io.claimbase.extract.Cues;
import io.claimbase.extract.text.DateLines.StatedDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the raw lines that are web boilerplate rather than article: widget lines from {@link Cues} ("Advertisement",
 * "Follow me", "More on this: …", photo credits, comment forms, republication notes), video timestamps with the
 * caption after them, category crumbs ("Economics, Trade, … | The World, Asia"), lowercase slug fragments and any
 * line printed again with the same words, whatever its case or punctuation (a repeated title, caption, name or pull
 * quote: its first printing is kept). Thread-safe.
 */
public final class Boilerplate {

    private static final int MAX_CRUMB_WORDS = 5;
    /**
     * The head of a comment section: a counter ("14 Comments", "Comments (3)", "5 responses") or its heading
     * ("Reader comments", "Join the discussion"), alone on its line.
     */
    private static final Pattern COMMENT_SECTION = Pattern.compile(
            "(?iu)(\\d+ (comments?|responses|replies)|(reader |readers['’] )?comments\\s*\\(\\d+\\)|reader comments|readers['’] comments"
                    + "|join the (discussion|conversation))");

    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s[|»›>]\\s");

    /**
     * The line patterns whose text requires no known word ({@link RequiredText}) as one alternation: one match
     * attempt per line instead of one per pattern (null when every pattern is guarded).
     */
    private final Pattern linePattern;

    /** Every other line pattern, tried only on a line that contains one of the words it requires. */
    private final List<Guarded> guarded;

    private record Guarded(Pattern pattern, Set<String> required) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Pattern timestamp;
    private final Pattern dateline;

    /** A dateline on a line of its own: "RIYADH, 19 February 2025 (Gulf Desk Wire)", with or without a dash after. */
    private static final Pattern DATELINE_ALONE =
            Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40},\\s*[^()\\n]{1,30}\\s*\\([^()\\n]{2,40}\\)\\s*[-–—]*");

    public Boilerplate(Cues.BoilerplateCues cues) {
        List<String> plain = new ArrayList<>();
        List<Guarded> withWords = new ArrayList<>();
        for (Pattern p : cues.lines()) {
            Set<String> required = RequiredText.of(p.pattern());
            if (required == null) {
                plain.add("(?:" + p.pattern() + ")");
            } else {
                withWords.add(new Guarded(Pattern.compile(p.pattern(), FLAGS), required));
            }
        }
        this.linePattern =
                plain.isEmpty() && !withWords.isEmpty() ? null : Pattern.compile(String.join("|", plain), FLAGS);
        this.guarded = List.copyOf(withWords);
        this.timestamp = cues.timestamp();
        this.dateline = cues.dateline();
    }

    /**
     * The line without a news-wire dateline at its start ("RIO DE JANEIRO, Nov 19 (Reuters) – Leaders …" keeps
     * "Leaders …", with its raw offsets); the line itself when it opens with none.
     */
    public RawLine withoutDateline(RawLine line) {
        Matcher m = dateline.matcher(line.text());
        if (!m.lookingAt() || m.end() >= line.text().length()) {
            return line;
        }
        return new RawLine(
                line.index(), line.text().substring(m.end()), line.start() + m.end(), line.end(), line.bullet());
    }

    /**
     * The date a news-wire dateline at the start of the line states: in full ("NEW DELHI, 29 April 2025 (Asia Wire) –
     * India …" states 29 April 2025), or only a day of a month ("BEIJING, 14 October (Meridian Wire) –"); empty when the
     * line opens with no dateline or its date is neither; a line that is only a dateline states its date too.
     */
    public Optional<DatelineDate> datelineDate(RawLine line) {
        return datelineDateText(line)
                .flatMap(date -> DateLines.parse(date.strip())
                        .map(full -> new DatelineDate(full, null))
                        .or(() -> DateLines.dayOfMonth(date).map(day -> new DatelineDate(null, day))));
    }

    /** A dateline's date: {@code full} when it has a year, else {@code day} (exactly one is set). */
    public record DatelineDate(StatedDate full, MonthDay day) {}

    /** The date part of a dateline at the start of the line or alone on it: between the first comma and "(". */
    private Optional<String> datelineDateText(RawLine line) {
        Matcher m = dateline.matcher(line.text());
        Matcher alone = DATELINE_ALONE.matcher(line.text().strip());
        if (!m.lookingAt() && !alone.matches()) {
            return Optional.empty();
        }
        String prefix = m.lookingAt() ? m.group() : alone.group();
        int comma = prefix.indexOf(',');
        int agency = prefix.indexOf('(');
        return comma < 0 || agency < comma ? Optional.empty() : Optional.of(prefix.substring(comma + 1, agency));
    }

    /**
     * How many words a line printed twice needs for both printings to be furniture (a photo caption repeated under a
     * second picture, "Smoke rises over the dam. (Photo: Agency)"); a shorter repeated line keeps its first printing.
     */
    static final int MIN_REPEATED_CAPTION_WORDS = 6;

    /** {@code result[i]} is true when line {@code i} is boilerplate; blank lines are always true. */
    public boolean[] mark(List<RawLine> lines) {
        boolean[] drop = new boolean[lines.size()];
        Set<String> seen = new HashSet<>();
        Set<String> printedTwice = printedTwice(lines);
        String previous = null;
        int end = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).end();
        for (int i = 0; i < lines.size(); i++) {
            RawLine line = lines.get(i);
            if (line.isBlank()) {
                drop[i] = true;
                continue;
            }
            String text = line.text();
            if (timestamp.matcher(text).matches()) {
                drop[i] = true;
                i = dropCaption(lines, i, drop);
                previous = lines.get(i).text();
                continue;
            }
            if (line.start() * 2 >= end && COMMENT_SECTION.matcher(text.strip()).matches()) {
                // the comment section: its counter or heading in the second half of the page, and every line after it
                for (int j = i; j < lines.size(); j++) {
                    drop[j] = true;
                }
                break;
            }
            String key = TextShapes.wordKey(text);
            boolean repeated = text.equalsIgnoreCase(previous) || (!key.isEmpty() && !seen.add(key));
            drop[i] = repeated || printedTwice.contains(key) || isBoilerplate(text);
            previous = text;
        }
        return drop;
    }

    /** How many words a line needs to count as a sentence of the body between two printings of a caption. */
    private static final int MIN_BODY_WORDS = 8;

    /**
     * The word keys of the long lines printed more than once as whole lines with a sentence of the body between two
     * printings: a caption printed under two pictures, or a credit line repeated. An article never prints a paragraph
     * of its own twice, so every printing is furniture; a headline printed again above the body keeps its first
     * printing (no body sentence lies between).
     */
    private static Set<String> printedTwice(List<RawLine> lines) {
        Map<String, Integer> bodyBefore = new HashMap<>();
        Set<String> twice = new HashSet<>();
        int bodyLines = 0;
        for (RawLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text();
            int words = TextShapes.wordCount(text);
            boolean body = words >= MIN_BODY_WORDS && TextShapes.endsLikeSentence(text);
            if (words >= MIN_REPEATED_CAPTION_WORDS) {
                // a printing counts the body lines up to and including itself; a later one those before it
                String key = TextShapes.wordKey(text);
                Integer first = bodyBefore.get(key);
                if (first == null) {
                    bodyBefore.put(key, bodyLines + (body ? 1 : 0));
                } else if (first < bodyLines) {
                    twice.add(key);
                }
            }
            if (body) {
                bodyLines++;
            }
        }
        return twice;
    }

    /** Whether a single line or sentence is boilerplate by its own text. */
    public boolean isBoilerplate(String text) {
        return matchesALinePattern(text) || isCategoryCrumb(text) || isSlugFragment(text) || isFurnitureRow(text);
    }

    /** The separators of a row of page links: "Share · Email · Print", "Download the report | Contact us". */
    private static final Pattern ROW_SEPARATOR = Pattern.compile("\\s+[·|•]\\s+");

    /**
     * "Download the full report (PDF) · Contact the Research Unit · © Example Centre": a row of parts set apart by
     * separators, every one of them furniture by itself, is furniture as a whole.
     */
    boolean isFurnitureRow(String text) {
        String[] parts = ROW_SEPARATOR.split(text.strip());
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || !matchesALinePattern(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A speaker's label in capitals opening a line of a script or a transcript: "LINDQVIST (V/O): ", "JANE ROE: ". A
     * voice marker in brackets makes it a label; without one, each word of the label must name someone the text names
     * in ordinary case ("Lindqvist"), so that a heading in capitals ("THE CLAIM: …") is not taken for one.
     */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("(\\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}[\\p{Lu}'’-]+){0,2})"
            + "(\\s*\\((?:V/?O|OOV|SOT|O/?S|CONT['’]D)\\))?:\\s+(?=\\S)");

    /**
     * The line without a script's or a transcript's speaker label in capitals at its start ("LINDQVIST (V/O): Others
     * disagree." keeps "Others disagree.", with its raw offsets); the line itself when it opens with none.
     */
    public RawLine withoutSpeakerLabel(RawLine line, String raw) {
        Matcher m = SPEAKER_LABEL.matcher(line.text());
        if (!m.lookingAt() || m.end() >= line.text().length()) {
            return line;
        }
        if (m.group(2) == null) {
            for (String word : m.group(1).split(" ")) {
                String named = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
                if (word.length() < 3
                        || !Pattern.compile("\\b" + Pattern.quote(named) + "\\b")
                                .matcher(raw)
                                .find()) {
                    return line;
                }
            }
        }
        return new RawLine(
                line.index(), line.text().substring(m.end()), line.start() + m.end(), line.end(), line.bullet());
    }

    /** Whether one of the line patterns matches the whole text (as one alternation of them all would). */
    boolean matchesALinePattern(String text) {
        if (linePattern != null && linePattern.matcher(text).matches()) {
            return true;
        }
        String folded = guarded.isEmpty() ? text : RequiredText.fold(text);
        for (Guarded g : guarded) {
            if (RequiredText.containsAny(folded, g.required())
                    && g.pattern().matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Drops the caption line after a timestamp when it is no sentence or is repeated; returns the last line used. */
    private static int dropCaption(List<RawLine> lines, int timestampLine, boolean[] drop) {
        int j = nextNonBlank(lines, timestampLine + 1);
        if (j < 0) {
            return timestampLine;
        }
        String caption = lines.get(j).text();
        int k = nextNonBlank(lines, j + 1);
        boolean repeated = k >= 0 && lines.get(k).text().equalsIgnoreCase(caption);
        if (!repeated && TextShapes.endsLikeSentence(caption)) {
            return timestampLine;
        }
        drop[j] = true;
        int last = j;
        while (k >= 0 && lines.get(k).text().equalsIgnoreCase(caption)) {
            drop[k] = true;
            last = k;
            k = nextNonBlank(lines, k + 1);
        }
        for (int b = timestampLine; b <= last; b++) {
            drop[b] = true;
        }
        return last;
    }

    private static int nextNonBlank(List<RawLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "Belt and Road, Economics and finance, Trade and industry, … | The World, Asia": a list of short labels; with a
     * breadcrumb separator (|, », ›, >) two labels are enough ("World | News analysis", "Policy Brief | Sanctions").
     */
    static boolean isCategoryCrumb(String text) {
        if (TextShapes.endsLikeSentence(text)) {
            return false;
        }
        String[] items = text.split("\\s*[,|»›>/]\\s*");
        boolean breadcrumb = CRUMB_SEPARATOR.matcher(text).find();
        if (items.length < (breadcrumb ? 2 : 4)) {
            return false;
        }
        for (String item : items) {
            if (item.isEmpty()
                    || !Character.isUpperCase(item.charAt(0))
                    || TextShapes.wordCount(item) > MAX_CRUMB_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** "putin and ci", "fbpx": a short lowercase fragment of a slug or a script, not prose. */
    static boolean isSlugFragment(String text) {
        return Character.isLowerCase(text.charAt(0))
                && TextShapes.wordCount(text) <= 4
                && !TextShapes.endsLikeSentence(text);
    }
}
