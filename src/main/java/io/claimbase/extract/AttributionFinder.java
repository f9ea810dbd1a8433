package io.claimbase.extract;

import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.PhraseMatcher.Match;
import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.Tokens;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who asserts a sentence: a source it reports ("According to the Wall Street Journal, …", "Putin said that …",
 * "“…,” Putin continued.", "As Alexander Gabuev notes, …"), kept as written; otherwise the author. A source that is
 * the author, or "we"/"I", is the author. Thread-safe.
 */
final class AttributionFinder {

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet");
    /** Sources that refer back to the source reported before them. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them");

    private static final Pattern AS_SOURCE = Pattern.compile("^As\\s+(.{2,80}?)\\s+(\\p{Ll}+)\\s*,.*");
    private static final Pattern AFTER_QUOTE = Pattern.compile(".*[,.!?…][”\"]\\s*[^”\"“]{1,80}$");
    /** A quotation closed right before the verb: "“…,” said the minister". */
    private static final Pattern CLOSED_QUOTE = Pattern.compile(".*[,.!?…][”\"]\\s*$");

    /** Words that open the subject of an inverted report: "…, said a spokesman". */
    private static final Set<String> INVERTED_SUBJECT_STARTS = Set.of("a", "an", "the", "one", "two", "several");
    /** What follows "considered" when it reports a view ("is considered a …"), not a deliberation. */
    private static final Set<String> OBJECT_STARTS =
            Set.of("a", "an", "the", "one", "to", "likely", "unlikely", "among", "part");
    /** Words before "been" that belong to the passive: "has been said to". */
    private static final Set<String> AUXILIARY_HEADS = Set.of("has", "have", "had");
    /**
     * A modal before a passive report makes it the author's own framing: "The summit can be viewed as an attempt …".
     */
    private static final Set<String> MODALS =
            Set.of("may", "might", "could", "can", "will", "would", "should", "must", "shall");
    /** An object that makes a speech verb report an act, not content: "they said little about the war". */
    private static final Set<String> NO_CONTENT = Set.of("little", "nothing", "anything");
    /** Verbs that name what their object is ("describes the tie as a partnership that …"): a view all the same. */
    private static final Pattern NAMING = Pattern.compile("(descri|call|term|label|name|identif|character).*");
    /**
     * Verbs whose "as" complement is the subject's view of their object: "hailed the contract as a milestone", "read
     * the drills as proof of an alliance", "described the tie as a partnership".
     */
    private static final Pattern VIEW_AS = Pattern.compile(
            "(descri|call|term|label|brand|hail|condemn|dismiss|read|character|portray|bill|greet|rememb).*");
    /** Determiners that make the word after them a noun: "My read is that …", "Our call: …". */
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "your", "his", "her", "its", "their");
    /** Words after "as" that make it no complement: "as well", "as part of", "as soon as". */
    private static final Set<String> NOT_COMPLEMENT =
            Set.of("well", "part", "soon", "long", "much", "of", "if", "though");
    /**
     * Articles: they make the word after them a noun ("the claim that …", "a call for calm"), and open the name a
     * naming verb gives its object ("called it a hybrid attack").
     */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words that open an object noun phrase: "added a capability that …" (a relative "that"). */
    private static final Set<String> DETERMINERS =
            Set.of("a", "an", "the", "its", "their", "his", "her", "our", "every", "each", "another", "some", "any");
    /** How many words may follow a reporting verb that closes its sentence: "…, the agency estimates in a report." */
    private static final int MAX_CLOSING_WORDS = 5;

    private static final Set<String> PREPOSITIONS =
            Set.of("in", "of", "by", "from", "for", "on", "at", "across", "among", "over");

    private static final String SOURCE_END = ",;:.!?)";
    private static final int MAX_SOURCE_WORDS = 16;
    private static final int THAT_WINDOW = 10;

    private final PhraseMatcher<String> speechVerbs;
    private final PhraseMatcher<String> thatVerbs;
    private final PhraseMatcher<String> introducers;
    private final Set<String> authorSubjects;
    private final PhraseMatcher<String> titles;
    private final PhraseMatcher<String> evidenceVerbs;
    private final Set<String> evidenceNouns;
    private final PhraseMatcher<String> passiveReports;
    private final PhraseMatcher<String> voiceMarkers;
    private final Set<String> actVerbs;

    AttributionFinder(Cues.AttributionCues cues) {
        this.speechVerbs = PhraseMatcher.of(cues.speechVerbs());
        this.thatVerbs = PhraseMatcher.of(cues.thatVerbs());
        this.introducers = PhraseMatcher.of(cues.sourceIntroducers());
        this.authorSubjects = Set.copyOf(cues.authorSubjects());
        this.titles = PhraseMatcher.of(cues.titles());
        this.evidenceVerbs = PhraseMatcher.of(cues.evidenceVerbs());
        this.evidenceNouns = Set.copyOf(cues.evidenceNouns());
        this.passiveReports = PhraseMatcher.of(cues.passiveReports());
        this.voiceMarkers = PhraseMatcher.of(cues.voiceMarkers());
        this.actVerbs = Set.copyOf(cues.actVerbs());
    }

    /** Who a sentence attributes its claim to, read on its {@link Tokens#words() words}. */
    Attribution find(String sentence, Tokens given, String author) {
        Tokens tokens = given.words();
        String source = voiceMarker(sentence, tokens);
        if (source == null) {
            source = introduced(sentence, tokens);
        }
        if (source == null) {
            source = asSource(sentence);
        }
        if (source == null) {
            source = subjectOfReportingVerb(sentence, tokens);
        }
        if (source == null) {
            source = passiveReport(sentence, tokens);
        }
        if (source == null || isAuthor(source, author)) {
            return Attribution.AUTHOR;
        }
        return Attribution.reported(withoutTitle(source));
    }

    /**
     * Whether a reported source refers back to the voice reported before it: a pronoun ("…,” he said.", "according
     * to them") or a phrase that goes on in that voice ("In their view, …").
     */
    boolean refersBack(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(s)) {
            return true;
        }
        Tokens words = Tokens.of(s).words();
        Match<String> marker = voiceMarkers.at(words, 0);
        return marker != null && marker.end() == words.size();
    }

    /** "In their view, …", "But by his account, …", "…, the argument goes.": the voice reported before goes on. */
    private String voiceMarker(String sentence, Tokens tokens) {
        Match<String> m = voiceMarkers.find(tokens, 0);
        if (m == null) {
            return null;
        }
        boolean opening = m.start() == 0 || (m.start() == 1 && CONJUNCTIONS.contains(tokens.word(0)));
        boolean closing = m.end() == tokens.size();
        return opening || closing ? sentence.substring(tokens.start(m.start()), tokens.end(m.end() - 1)) : null;
    }

    /** "According to X, …" / "…, according to X, …". */
    private String introduced(String sentence, Tokens tokens) {
        Match<String> match = introducers.find(tokens, 0);
        if (match == null || match.end() >= tokens.size()) {
            return null;
        }
        // "… is up 25 percent and, according to Putin, is on track …": the author's main clause, one part reported
        if (match.start() > 0 && CONJUNCTIONS.contains(tokens.word(match.start() - 1))) {
            return null;
        }
        return sourceFrom(sentence, tokens.start(match.end()));
    }

    /** The source named from {@code start} up to the next comma or sentence end, when it reads like one. */
    private static String sourceFrom(String sentence, int start) {
        int end = start;
        while (end < sentence.length() && SOURCE_END.indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        String source = sentence.substring(start, end).strip();
        return plausible(source) ? source : null;
    }

    /** "As Alexander Gabuev highlights, …". */
    private String asSource(String sentence) {
        Matcher m = AS_SOURCE.matcher(sentence);
        if (!m.matches()) {
            return null;
        }
        String verb = m.group(2);
        boolean reporting = speechVerbs.contains(verb) || thatVerbs.contains(verb);
        return reporting && plausible(m.group(1)) ? m.group(1) : null;
    }

    /**
     * The subject of the first reporting verb: "Putin said …", "“…,” Putin continued", "X argued that …", and the
     * inverted form after a quotation, "“…,” said Deputy Minister Ivanov, who led the delegation".
     */
    private String subjectOfReportingVerb(String sentence, Tokens tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (PASSIVE_AUXILIARIES.contains(tokens.word(i - 1))) {
                String quoted = quotedAsSaying(sentence, tokens, i);
                if (quoted != null) {
                    return quoted;
                }
            }
            if (tokens.startsUppercase(i) || !isReportingVerb(sentence, tokens, i)) {
                continue;
            }
            String inverted = invertedSubject(sentence, tokens, i, false);
            if (inverted != null) {
                return inverted;
            }
            if (PASSIVE_AUXILIARIES.contains(tokens.word(i - 1))) {
                continue;
            }
            // "X, an official, said": a strong speech verb after a comma closes an appositive subject; a weaker
            // verb there is a participle ("the Baltic Sea, called Joint Sea") unless "that" or a quotation follows
            boolean appositive = precededByComma(sentence, tokens.start(i));
            if (appositive && speechVerbs.at(tokens, i) == null && !reportsContent(sentence, tokens, i)) {
                continue;
            }
            String before = sentence.substring(0, tokens.start(i));
            String subject = parenthetical(sentence, tokens, i) ? parentheticalSubject(before) : null;
            if (subject == null) {
                subject = SourcePhrase.before(before, appositive);
            }
            if (subject != null
                    && (opensFreeRelative(subject)
                            || reflexiveFollows(tokens, i)
                            || !isSubject(subject)
                            || inSecondConjunct(before, subject))) {
                continue;
            }
            if (subject != null
                    && (!onlyEvidenceVerb(tokens, i) || isEvidence(subject) || putsIt(sentence, tokens, i))) {
                return subject;
            }
            inverted = invertedSubject(sentence, tokens, i, true);
            if (inverted != null) {
                return inverted;
            }
        }
        return null;
    }

    /**
     * "“…,” said X, …": the speech verb right after a closed quotation, its subject after it, up to a comma; and
     * after a comma ending the reported clause, "Talks will resume in May, said a spokesman for the ministry."
     */
    private String invertedSubject(String sentence, Tokens tokens, int i, boolean afterClause) {
        if (speechVerbs.at(tokens, i) == null) {
            return null;
        }
        if (!afterClause) {
            return CLOSED_QUOTE.matcher(sentence.substring(0, tokens.start(i))).matches()
                    ? sourceFrom(sentence, tokens.end(i))
                    : null;
        }
        if (i + 1 >= tokens.size()
                || !precededByComma(sentence, tokens.start(i))
                || !(tokens.startsUppercase(i + 1) || INVERTED_SUBJECT_STARTS.contains(tokens.word(i + 1)))) {
            return null;
        }
        String source = sourceFrom(sentence, tokens.end(i));
        return source != null && SourcePhrase.before(source, false) != null ? source : null;
    }

    /** "X was quoted as saying …": the subject before the auxiliary at word {@code i - 1}. */
    private static String quotedAsSaying(String sentence, Tokens tokens, int i) {
        if (!tokens.word(i).equals("quoted")
                || i + 2 >= tokens.size()
                || !tokens.word(i + 1).equals("as")
                || !tokens.word(i + 2).endsWith("ing")) {
            return null;
        }
        return SourcePhrase.before(sentence.substring(0, tokens.start(i - 1)), false);
    }

    /** Words that open a free relative clause: "…, whatever their diplomats call it." is the author's sentence. */
    private static final Set<String> FREE_RELATIVES = Set.of("whatever", "whoever", "however", "what");
    /** A reflexive object names the subject's label for itself, an act: "The city calls itself a gateway". */
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");

    /** Words that open an embedded question or a negative subject: no source ("Ask what the treaty says"). */
    private static final Set<String> NO_SOURCE_WORDS = Set.of("what", "how", "why", "whether");

    /** Words that, opening a subject, name no one: "Nothing in the data points to …". */
    private static final Set<String> NO_ONE = Set.of("nothing", "none");

    /**
     * Whether a phrase before a reporting verb can be its subject: not an embedded question ("Ask five lawyers what the
     * treaty says"), not "nothing".
     */
    private static boolean isSubject(String subject) {
        Tokens words = Tokens.of(subject).words();
        if (words.size() == 0 || NO_ONE.contains(words.word(0))) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (NO_SOURCE_WORDS.contains(words.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Norway set up the zone in 1977, and Moscow has accused Oslo of …": a reporting verb whose subject opens a
     * second clause joined by ", and" after a first clause of the author's: the sentence's main claim is the author's.
     */
    private static boolean inSecondConjunct(String before, String subject) {
        int at = before.lastIndexOf(subject);
        if (at < 0) {
            return false;
        }
        String head = before.substring(0, at).strip();
        // "…, and he notes that …": a pronoun goes on in a voice reported before
        return (head.endsWith(", and") || head.endsWith(",and"))
                && !PRONOUNS.contains(subject.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean opensFreeRelative(String subject) {
        Tokens words = Tokens.of(subject).words();
        return words.size() > 0 && FREE_RELATIVES.contains(words.word(0));
    }

    /** A reflexive object, unless a "that" clause follows it: "Western capitals told themselves that …" reports. */
    private static boolean reflexiveFollows(Tokens tokens, int i) {
        return i + 1 < tokens.size()
                && REFLEXIVES.contains(tokens.word(i + 1))
                && !(i + 2 < tokens.size() && tokens.word(i + 2).equals("that"));
    }

    /** An evidence verb ("polls show") that is no speech verb nor a verb reporting what follows. */
    private boolean onlyEvidenceVerb(Tokens tokens, int i) {
        return speechVerbs.at(tokens, i) == null && thatVerbs.at(tokens, i) == null;
    }

    /** A subject headed by a noun of evidence: "Polls in South Korea", "the latest customs data". */
    private boolean isEvidence(String subject) {
        Tokens words = Tokens.of(subject).words();
        int head = words.size() - 1;
        for (int k = 1; k < words.size(); k++) {
            if (PREPOSITIONS.contains(words.word(k))) {
                // "Customs records compiled by a consultancy": the head stands before the participle of "by"
                boolean participle =
                        words.word(k).equals("by") && k > 1 && words.word(k - 1).endsWith("ed");
                head = participle ? k - 2 : k - 1;
                break;
            }
        }
        return head >= 0 && evidenceNouns.contains(words.word(head));
    }

    /**
     * A passive that hands the content to unnamed holders, in the main clause: "X is widely seen as …", "X was said
     * to …", "It is understood that …". The source is the passive as written.
     */
    private String passiveReport(String sentence, Tokens tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!PASSIVE_AUXILIARIES.contains(tokens.word(i)) || MODALS.contains(tokens.word(i - 1))) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size() && isAdverb(tokens.word(k))) {
                k++;
            }
            Match<String> report = k < tokens.size() ? passiveReports.at(tokens, k) : null;
            if (report == null || report.end() >= tokens.size()) {
                continue;
            }
            int auxiliary = i > 1 && AUXILIARY_HEADS.contains(tokens.word(i - 1)) ? i - 1 : i;
            String before = sentence.substring(0, tokens.start(auxiliary));
            String[] segments = SourcePhrase.SEGMENT_BREAK.split(before, -1);
            String subject = segments[segments.length - 1].strip();
            boolean impersonal = tokens.word(report.end() - 1).equals("that");
            boolean plainVerb = report.words() == 1 && !OBJECT_STARTS.contains(tokens.word(report.end()));
            if (plainVerb || impersonal != subject.equalsIgnoreCase("it")) {
                continue;
            }
            if (impersonal || SourcePhrase.before(subject, false) != null) {
                return sentence.substring(tokens.start(auxiliary), tokens.end(report.end() - 1));
            }
        }
        return null;
    }

    private static boolean isAdverb(String word) {
        return word.length() > 4 && word.endsWith("ly") || word.equals("also") || word.equals("still");
    }

    private boolean isReportingVerb(String sentence, Tokens tokens, int i) {
        if (POSSESSIVES.contains(tokens.word(i - 1))
                || ARTICLES.contains(tokens.word(i - 1))
                || (i + 1 < tokens.size() && tokens.word(i + 1).equals("by"))) {
            // "My read is that …" names a view, a noun; "blamed by investigators on …" is a passive participle
            return false;
        }
        Match<String> speech = speechVerbs.at(tokens, i);
        if (speech != null) {
            int next = speech.end();
            return next >= tokens.size()
                    || !(tokens.word(next).equals("to")
                            || (NO_CONTENT.contains(tokens.word(next))
                                    && !EXPECTING.matcher(tokens.word(i)).matches())
                            || reportsAnAct(sentence, tokens, i)
                            || tellsAStory(tokens, i)
                            || quarrelsOrDemands(sentence, tokens, next));
        }
        if (putsIt(sentence, tokens, i)) {
            return true;
        }
        Match<String> weak = thatVerbs.at(tokens, i);
        if (weak != null) {
            if (tokens.word(i).startsWith("agree")
                    && weak.end() < tokens.size()
                    && tokens.word(weak.end()).equals("to")) {
                // "agreed to “engage cooperatively”": a commitment, an act, quotation or not
                return reportsContent(sentence, tokens, i, false);
            }
            return reportsContent(sentence, tokens, i)
                    || namesAs(tokens, i)
                    || viewAs(tokens, i)
                    || parenthetical(sentence, tokens, i)
                    || AFTER_QUOTE
                            .matcher(sentence.substring(0, tokens.start(i)))
                            .matches()
                    || closesAfterClause(sentence, tokens, i);
        }
        return evidenceVerbs.at(tokens, i) != null;
    }

    /**
     * "Novatek announced a 15-year contract", "Gazprom reported a net loss": an act verb with an object of its own
     * (no "that" clause after it, no quotation or colon right after it) reports what the subject did, in the author's
     * voice, even with a quoted term in its object ("announced a “no-limits partnership”"); "the agency reported the
     * spokesman stating that …" still reports content.
     * After a quotation ("“…,” the ministry announced.") it still reports the quotation.
     */
    private boolean reportsAnAct(String sentence, Tokens tokens, int i) {
        if (!actVerbs.contains(tokens.word(i)) || thatFollows(tokens, i)) {
            return false;
        }
        int after = tokens.end(i);
        while (after < sentence.length() && Character.isWhitespace(sentence.charAt(after))) {
            after++;
        }
        boolean quotationOrColon = after < sentence.length() && "“\":,".indexOf(sentence.charAt(after)) >= 0;
        return !quotationOrColon
                && !CLOSED_QUOTE.matcher(sentence.substring(0, tokens.start(i))).matches();
    }

    /**
     * "A diplomat once put it to me more bluntly: Russia is a petrol station with a veto.": "put it", then a colon
     * before what was said.
     */
    private static boolean putsIt(String sentence, Tokens tokens, int i) {
        if (!tokens.word(i).equals("put") || i + 1 >= tokens.size() || PARTICLES.contains(tokens.word(i + 1))) {
            // "the ferry put in at 6 a.m.": a phrasal verb, no estimate
            return false;
        }
        if (tokens.word(i + 1).equals("it")) {
            return sentence.indexOf(':', tokens.end(i + 1)) >= 0;
        }
        // an estimate: "American officials put the share of such imports at about 90 percent"
        for (int k = i + 2; k + 1 < tokens.size() && k <= i + THAT_WINDOW; k++) {
            if (tokens.word(k).equals("at")
                    && (Character.isDigit(tokens.word(k + 1).charAt(0))
                            || ESTIMATE_WORDS.contains(tokens.word(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Particles that make "put" a phrasal verb: "put in", "put off", "put up". */
    private static final Set<String> PARTICLES = Set.of("in", "out", "up", "off", "on", "down", "back", "forward");

    /** Words between "at" and the number of an estimate: "at about 90 percent", "at roughly $5 billion". */
    private static final Set<String> ESTIMATE_WORDS =
            Set.of("about", "around", "roughly", "some", "nearly", "almost", "least", "more", "over", "under", "close");

    /** Verbs of expecting, whose "little" or "nothing" is the expectation itself: "expects little change". */
    private static final Pattern EXPECTING = Pattern.compile("(expect|forecast).*");

    /** Prepositions after a speech verb that make it a quarrel or a demand: "argued over pipelines", "insisted on". */
    private static final Set<String> QUARREL_PREPOSITIONS = Set.of("on", "over", "with");

    /**
     * "The two have argued over pipelines for decades", "Doha insisted on at least 15 years": a speech verb with a
     * preposition of its own and no "that" clause or quotation after it names a quarrel or a demand, an act; "said on
     * Monday that …" still reports.
     */
    private static boolean quarrelsOrDemands(String sentence, Tokens tokens, int next) {
        if (!QUARREL_PREPOSITIONS.contains(tokens.word(next))
                || thatFollows(tokens, next - 1)
                || sentence.substring(tokens.end(next - 1), tokens.start(next)).indexOf(',') >= 0
                || sentence.lastIndexOf(',', tokens.start(next - 1)) >= 0
                        && closesAfterClause(sentence, tokens, next - 1)) {
            // "…, the commission said, on a turnout of …", "'…,' he said over tea": a reporting clause all the same
            return false;
        }
        if (next + 1 < tokens.size()
                && (tokens.startsUppercase(next + 1)
                        || Character.isDigit(tokens.word(next + 1).charAt(0)))) {
            // "warned on Monday of …", "said on 4 May": a date, not the verb's own preposition
            return false;
        }
        return !quotationAfter(sentence, tokens.end(next));
    }

    /** Pronouns that can be the object a naming verb names: "called it a hybrid attack". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "this", "him", "her");

    /**
     * "The EU called it a hybrid attack", "The member calls the relationship a de facto alliance": "call" with an
     * object and the name it gives the object, the subject's view; not "called a snap election", "called the meeting".
     */
    private static boolean namesAs(Tokens tokens, int i) {
        String verb = tokens.word(i);
        if (!(verb.equals("call") || verb.equals("calls") || verb.equals("called"))) {
            return false;
        }
        int k = i + 1;
        if (k < tokens.size() && OBJECT_PRONOUNS.contains(tokens.word(k))) {
            k++;
        } else if (k < tokens.size() && DETERMINERS.contains(tokens.word(k))) {
            // the object's noun phrase: a determiner and up to three words
            int end = Math.min(tokens.size() - 1, k + 4);
            for (int j = k + 2; j <= end; j++) {
                if (PREPOSITIONS.contains(tokens.word(j - 1))
                        || tokens.word(j - 1).equals("to")) {
                    // "called the meeting for the day": a preposition's object, no name
                    return false;
                }
                if (ARTICLES.contains(tokens.word(j))) {
                    return true;
                }
            }
            return false;
        } else {
            return false;
        }
        return k < tokens.size() && ARTICLES.contains(tokens.word(k));
    }

    /** "hailed the contract as a milestone": a view verb and, within a few words, the "as" of its complement. */
    private static boolean viewAs(Tokens tokens, int i) {
        if (!VIEW_AS.matcher(tokens.word(i)).matches()) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + THAT_WINDOW; k++) {
            if (tokens.word(k).equals("as") && k + 1 < tokens.size()) {
                return !NOT_COMPLEMENT.contains(tokens.word(k + 1));
            }
        }
        return false;
    }

    /** How many words the subject of a parenthetical reporting clause may have: "Beijing, he notes, has …". */
    private static final int PARENTHETICAL_SUBJECT_WORDS = 4;

    /**
     * "Beijing, he notes, has not committed to the pipeline.": a reporting clause set off by commas inside the
     * reported one, a short subject after a comma and a comma right after the verb.
     */
    private boolean parenthetical(String sentence, Tokens tokens, int i) {
        Match<String> verb = thatVerbs.at(tokens, i);
        if (verb == null) {
            verb = evidenceVerbs.at(tokens, i);
        }
        int after = tokens.end(verb == null ? i : verb.end() - 1);
        while (after < sentence.length() && Character.isWhitespace(sentence.charAt(after))) {
            after++;
        }
        if (after >= sentence.length() || sentence.charAt(after) != ',') {
            return false;
        }
        int before = sentence.lastIndexOf(',', tokens.start(i));
        return before > 0
                && TextShapes.wordCount(sentence.substring(before + 1, tokens.start(i))) <= PARENTHETICAL_SUBJECT_WORDS;
    }

    /** The subject of a parenthetical reporting clause: the words after the last comma ("…, shipping data suggest,"). */
    private static String parentheticalSubject(String before) {
        String subject = before.substring(before.lastIndexOf(',') + 1).strip();
        Tokens words = Tokens.of(subject).words();
        if (words.size() == 0 || PARENTHETICAL_OPENERS.contains(words.word(0))) {
            return null;
        }
        for (int k = 0; k < words.size(); k++) {
            if (MODALS.contains(words.word(k))) {
                // "…, I would argue, …": the author's hedge
                return null;
            }
        }
        return subject;
    }

    /** Words that open a clause, not a subject, before a parenthetical verb: "…, as Korolev notes, …". */
    private static final Set<String> PARENTHETICAL_OPENERS = Set.of("as", "which", "that", "who", "while");

    /** "The Arctic tells the same story.", "Oil tells a similar story": a figure of speech, not a source speaking. */
    private static boolean tellsAStory(Tokens tokens, int i) {
        if (!tokens.word(i).startsWith("tel") && !tokens.word(i).equals("told")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 4; k++) {
            if (tokens.word(k).equals("story") || tokens.word(k).equals("tale")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reporting verb that closes the sentence after the reported clause and its subject: "Most of the grain went
     * north, the ministry estimates.", "…, the agency believes in its annual report."
     */
    private static boolean closesAfterClause(String sentence, Tokens tokens, int i) {
        int before = sentence.lastIndexOf(',', tokens.start(i));
        return before > 0
                && tokens.size() - 1 - i <= MAX_CLOSING_WORDS
                && sentence.indexOf(',', tokens.end(i)) < 0
                && TextShapes.wordCount(sentence.substring(before + 1, tokens.start(i))) <= MAX_SOURCE_WORDS / 2;
    }

    private static boolean thatFollows(Tokens tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + THAT_WINDOW; k++) {
            if (tokens.word(k).equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A "that" clause or a quotation follows the verb at word {@code i}; a "that" after an object of the verb's own
     * ("added a capability that the last one lacked", "agreed to a ceasefire that took effect") opens a relative
     * clause, not reported content.
     */
    private static boolean reportsContent(String sentence, Tokens tokens, int i) {
        return reportsContent(sentence, tokens, i, true);
    }

    /** As {@link #reportsContent(String, Tokens, int)}, a quotation counting only when {@code quotations}. */
    private static boolean reportsContent(String sentence, Tokens tokens, int i, boolean quotations) {
        int object = i + 1 < tokens.size() && tokens.word(i + 1).equals("to") ? i + 2 : i + 1;
        boolean ownObject = object < tokens.size()
                && DETERMINERS.contains(tokens.word(object))
                && !NAMING.matcher(tokens.word(i)).matches();
        for (int k = i + 1; k < tokens.size() && k <= i + THAT_WINDOW; k++) {
            if (CONJUNCTIONS.contains(tokens.word(k))) {
                // "welcomed the cuts but warned that …": the "that" is the second verb's, reported all the same
                ownObject = false;
            }
            if (tokens.word(k).equals("that") && !ownObject) {
                return true;
            }
        }
        return quotations && quotationAfter(sentence, tokens.end(i));
    }

    /** Whether a quotation mark opens after {@code offset}. */
    private static boolean quotationAfter(String sentence, int offset) {
        return sentence.indexOf('“', offset) >= 0 || sentence.indexOf('"', offset) >= 0;
    }

    private static boolean precededByComma(String sentence, int offset) {
        int j = offset - 1;
        while (j >= 0 && Character.isWhitespace(sentence.charAt(j))) {
            j--;
        }
        return j >= 0 && sentence.charAt(j) == ',' && (j == 0 || "”\"".indexOf(sentence.charAt(j - 1)) < 0);
    }

    /** "Russian president Vladimir Putin" → "Vladimir Putin"; "President Putin" → "Putin"; "Mr. Novak" → "Novak". */
    private String withoutTitle(String source) {
        Tokens words = Tokens.of(source).words();
        int afterTitle = -1;
        for (int i = 0; i < words.size(); i++) {
            PhraseMatcher.Match<String> title = titles.at(words, i);
            if (title != null) {
                afterTitle = title.end();
                i = title.end() - 1;
            }
        }
        if (afterTitle <= 0 || afterTitle >= words.size()) {
            return source;
        }
        String rest = source.substring(words.start(afterTitle));
        return SourcePhrase.isName(rest) ? rest : source;
    }

    static boolean plausible(String source) {
        int words = TextShapes.wordCount(source);
        return words >= 1 && words <= MAX_SOURCE_WORDS;
    }

    private boolean isAuthor(String source, String author) {
        String s = source.toLowerCase(Locale.ROOT);
        if (authorSubjects.contains(s)) {
            return true;
        }
        if (author == null) {
            return false;
        }
        String a = author.toLowerCase(Locale.ROOT);
        return s.equals(a) || (a.endsWith(" " + s) && !s.contains(" "));
    }
}
