package io.claimbase.extract;

import io.claimbase.extract.tag.ArticleSubject;
import io.claimbase.extract.tag.DiscourseTime;
import io.claimbase.extract.tag.Tagger;
import io.claimbase.extract.tag.Tags;
import io.claimbase.extract.tag.TopicReader;
import io.claimbase.extract.text.Boilerplate;
import io.claimbase.extract.text.CleanedText;
import io.claimbase.extract.text.PhraseMatcher;
import io.claimbase.extract.text.SentenceSplitter;
import io.claimbase.extract.text.TextShapes;
import io.claimbase.extract.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the cleaned body into sentences and keeps those that assert something: not the title or other headings
 * (short lines without final punctuation), questions, imperatives ("Compare …"), boilerplate or fragments. Each kept sentence becomes a tagged claim. Thread-safe.
 */
final class ClaimFinder {

    /** Characters of context on each side of a quote selector. */
    static final int QUOTE_CONTEXT = 32;

    private static final int MIN_WORDS = 3;
    /** A line without final punctuation is a heading unless it is this long (an unpunctuated summary bullet). */
    private static final int MIN_UNPUNCTUATED_CLAIM_WORDS = 12;
    /**
     * A bulleted line without final punctuation is a claim from this length ("• Exports to Russia fell by a third in
     * May"); a shorter one is a label ("• Energy", "• Key dates").
     */
    private static final int MIN_UNPUNCTUATED_BULLET_WORDS = 7;

    private static final int SHORT_WORDS = 6;
    private static final int LONG_WORDS = 70;
    /** How many sentences one quotation may run over before an unclosed quote mark is taken for a stray one. */
    private static final int MAX_QUOTATION_SENTENCES = 6;
    /** How long a verbless answer to the author's own question may be ("Not at all.", "Far from it."). */
    private static final int MAX_ANSWER_WORDS = 4;
    /** Words a verbless answer opens with. */
    private static final Set<String> ANSWER_OPENERS = Set.of(
            "not",
            "hardly",
            "far",
            "quite",
            "yes",
            "no",
            "never",
            "certainly",
            "absolutely",
            "perhaps",
            "maybe",
            "partly",
            "of",
            "only",
            "rarely",
            "scarcely",
            // an exclamation that only dismisses: "Enough of the hand-wringing."
            "enough");
    /** Verbs and auxiliaries that make a short sentence a statement ("Not all of it was."). */
    private static final Set<String> SHORT_VERBS = Set.of(
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
            "could", "may", "might", "must", "should", "shall");

    private final SentenceSplitter splitter;
    private final Boilerplate boilerplate;
    private final ClaimClassifier classifier;
    private final AttributionFinder attributions;
    private final Tagger tagger;
    private final PhraseMatcher<String> imperativeOpeners;
    private final TopicReader topicReader;
    private final AttributionReader attributionReader;

    ClaimFinder(
            Cues cues,
            SentenceSplitter splitter,
            Boilerplate boilerplate,
            Tagger tagger,
            LinearModel kindModel,
            TopicReader topicReader,
            LinearModel attributionModel) {
        this.splitter = splitter;
        this.boilerplate = boilerplate;
        this.classifier = new ClaimClassifier(cues, kindModel);
        this.attributions = new AttributionFinder(cues.attribution());
        this.tagger = tagger;
        this.imperativeOpeners = PhraseMatcher.of(cues.sentences().imperativeOpeners());
        this.topicReader = topicReader;
        this.attributionReader = new AttributionReader(cues.attribution(), attributionModel);
    }

    /**
     * {@code title} is the title line found in the text (a heading, never a claim), or null. A claim that names no
     * topic of its own continues the topics of the claim before it in its paragraph ("Norway doubled its gas exports.
     * Most of it went north again."): a paragraph keeps to its subject.
     */
    List<ExtractedClaim> find(CleanedText cleaned, String title, String author, LocalDate publishedOn) {
        return find(cleaned, title, null, author, publishedOn);
    }

    /**
     * As {@link #find(CleanedText, String, String, LocalDate)}, with the headline given apart from the text as well
     * ({@code givenTitle}, may be null): a paragraph that repeats either title's words ("Allies in All but Name."
     * under the headline "Allies in All but Name") is the headline printed again, not a claim.
     */
    List<ExtractedClaim> find(
            CleanedText cleaned, String title, String givenTitle, String author, LocalDate publishedOn) {
        return find(cleaned, title, givenTitle, author, publishedOn, Set.of(), null, null);
    }

    /**
     * As {@link #find(CleanedText, String, String, String, LocalDate)}; {@code entryLines} are the raw lines that open
     * an entry of a live blog under its time stamp ("21:05 IST"), whose first claim tells what happened on the blog's
     * day ({@link DiscourseTime}); {@code evidence}, when not null, is given what the topic reader saw of every claim
     * (for the offline trainer), and {@code attributionEvidence}, when not null, what the attribution reader saw.
     */
    List<ExtractedClaim> find(
            CleanedText cleaned,
            String title,
            String givenTitle,
            String author,
            LocalDate publishedOn,
            Set<Integer> entryLines,
            List<TopicReader.Evidence> evidence,
            List<AttributionReader.Evidence> attributionEvidence) {
        String text = cleaned.text();
        Set<String> titles = new HashSet<>();
        for (String t : new String[] {title, givenTitle}) {
            if (t != null && !TextShapes.wordKey(t).isEmpty()) {
                titles.add(TextShapes.wordKey(t));
            }
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        Set<Integer> entryOpeners = new HashSet<>();
        List<ClaimKind> learnedKinds = new ArrayList<>();
        List<TopicReader.Claim> topicClaims = new ArrayList<>();
        List<AttributionReader.Claim> voiceClaims = new ArrayList<>();
        Attribution previous = null;
        // the event the cue lists read in the claim before, which the event model reads
        String previousCue = null;
        boolean afterQuestion = false;
        String interviewee = null;
        boolean questionParagraph = false;
        for (CleanedText.Paragraph paragraph : cleaned.paragraphs()) {
            if (titles.contains(TextShapes.wordKey(paragraph.line().text()))) {
                continue;
            }
            // in an interview ("We asked X …"), a paragraph after a question on its own is X's answer
            boolean answer = questionParagraph
                    && interviewee != null
                    && !narrated(
                            text.substring(
                                    paragraph.span().start(), paragraph.span().end()),
                            interviewee);
            questionParagraph = true;
            // in a transcript, a paragraph opened by a speaker's name after a question ("Oyamada: It is hurting …")
            // is all that speaker's
            String speaker = afterQuestion
                    ? speaker(
                            text.substring(
                                    paragraph.span().start(), paragraph.span().end()),
                            text)
                    : null;
            List<String> previousTopics = null;
            boolean quoting = false;
            int quotationStart = -1;
            for (Span span : splitter.split(
                    text, paragraph.span().start(), paragraph.span().end())) {
                String sentence = text.substring(span.start(), span.end());
                boolean quotedBefore = quoting;
                quoting = quotingAfter(sentence, quoting);
                if (quotedBefore || quoting) {
                    quotationStart = quotationStart < 0 ? claims.size() : quotationStart;
                }
                int words = TextShapes.wordCount(sentence);
                boolean punctuated = TextShapes.endsLikeSentence(sentence);
                Tokens atoms = Tokens.of(sentence);
                Tokens tokens = atoms.words();
                boolean questionBefore = afterQuestion;
                afterQuestion = TextShapes.isQuestion(sentence);
                questionParagraph &= afterQuestion;
                if (isClaim(sentence, words, punctuated, paragraph.line().bullet())
                        && !isImperative(tokens)
                        && !isFrontedImperative(sentence)
                        && !isVerblessAnswer(tokens, words)
                        && !(questionBefore && isShortVerblessReply(tokens, words))
                        && !isBareConcession(sentence)
                        && !isSignpost(sentence)
                        && !isSpeechAct(sentence)
                        && !isSequencePointer(sentence)) {
                    ClaimClassifier.Kinds kinds = classifier.kinds(tokens);
                    Attribution found = attributions.find(sentence, tokens, author);
                    voiceClaims.add(new AttributionReader.Claim(
                            sentence, tokens, found, paragraph.span().start(), quotedBefore, quoting, questionBefore));
                    Tags tags = tagger.tag(sentence, atoms, span.start(), publishedOn, previousCue);
                    previousCue = tags.cueEvent();
                    ExtractedClaim claim = claim(
                            claims.size(),
                            text,
                            span,
                            sentence,
                            tokens,
                            kinds.cue(),
                            found,
                            words,
                            punctuated,
                            tags,
                            previous);
                    if (speaker != null) {
                        claim = claim.withAttribution(Attribution.reported(speaker));
                    } else if (claim.attribution().type() == Attribution.Type.AUTHOR) {
                        if (answer) {
                            claim = claim.withAttribution(Attribution.reported(interviewee));
                        } else {
                            interviewee = interviewee(sentence, interviewee);
                        }
                    }
                    List<String> own = claim.topics();
                    if (claim.topics().isEmpty() && previousTopics != null) {
                        claim = claim.withTopics(previousTopics);
                    }
                    topicClaims.add(new TopicReader.Claim(
                            tokens,
                            own,
                            claim.topics(),
                            claim.eventType(),
                            paragraph.span().start()));
                    if (entryLines.contains(paragraph.line().index())
                            && (paragraphs.isEmpty()
                                    || paragraphs.get(paragraphs.size() - 1)
                                            != paragraph.span().start())) {
                        entryOpeners.add(claims.size());
                    }
                    claims.add(claim);
                    learnedKinds.add(kinds.learned());
                    previousTopics = claim.topics().isEmpty() ? null : claim.topics();
                    paragraphs.add(paragraph.span().start());
                    previous = claim.attribution();
                }
                boolean closed = quotationStart >= 0 && !quoting;
                if (closed || (quoting && claims.size() - quotationStart > MAX_QUOTATION_SENTENCES)) {
                    previous = oneVoice(claims, quotationStart, previous);
                    quotationStart = -1;
                    quoting = false;
                }
            }
            if (quotationStart >= 0) {
                previous = oneVoice(claims, quotationStart, previous);
            }
        }
        if (attributionEvidence != null || attributionReader.hasModel()) {
            readAttributions(claims, voiceClaims, attributionEvidence);
        }
        List<ExtractedClaim> named = SourceNames.resolve(claims);
        claims.clear();
        claims.addAll(named);
        if (evidence != null || topicReader.hasModel()) {
            readTopics(claims, topicClaims, givenTitle != null ? givenTitle : title, evidence);
        }
        // not while the trainer collects what the rules read (evidence), so that the models learn from the cues
        if (!topicReader.hasModel() && evidence == null) {
            onTheSubject(claims);
        }
        return withoutUnclaimedEvents(
                withLearnedKinds(DiscourseTime.infer(claims, paragraphs, publishedOn, entryOpeners), learnedKinds));
    }

    /**
     * Claims that name an event without describing it as part of what they claim get none (the guidelines' "only when
     * the sentence describes the event"), read on the claim's final kind (the kind model's where there is one), after
     * the discourse-time pass, which reads the event types of the claims around a dated one:
     * <ul>
     * <li>a prescription recommends what someone should do ("Both capitals should sign a second accord"): the event
     * is the subject of the advice, not a thing that took place (the readable sets' annotators gave an event to 3 of
     * 285 prescriptions);</li>
     * <li>an assessment that is hedged or denied ("The drills may signal a shift", "The summit was no turning point")
     * speculates about or disputes what an event means; the event is what it is about, not what it reports.</li>
     * </ul>
     * Rules alone, seventeen readable sets: event F1 up on 11 with the prescriptions, on 11 (6 down) with the
     * assessments after them; both raise sets 17 and 18, with the models too.
     */
    static List<ExtractedClaim> withoutUnclaimedEvents(List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            out.add(claim.eventType() != null && namesWithoutClaiming(claim) ? claim.withEventType(null) : claim);
        }
        return out;
    }

    private static boolean namesWithoutClaiming(ExtractedClaim claim) {
        return claim.kind() == ClaimKind.PRESCRIPTION
                || (claim.kind() == ClaimKind.ASSESSMENT && claim.certainty() != Certainty.ASSERTED);
    }

    /**
     * Without the topic model, a claim without any topic after the paragraph rule takes the article's subject
     * ({@link ArticleSubject}). The model reads the article's profile itself ({@code art:}, {@code top:}) and fills a
     * claim without topics only above its {@code fill} threshold: given the subject as the claim's topic, it kept it
     * above its lower {@code drop} threshold, and the seventeenth set lost (0.686 -> 0.679).
     */
    private static void onTheSubject(List<ExtractedClaim> claims) {
        List<List<String>> filled =
                ArticleSubject.fill(claims.stream().map(ExtractedClaim::topics).toList());
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).topics().isEmpty() && !filled.get(i).isEmpty()) {
                claims.set(i, claims.get(i).withTopics(filled.get(i)));
            }
        }
    }

    /**
     * The attributions of the learned model fused with those of the rules, read over the whole article (see
     * {@link AttributionReader}); {@code evidence}, when not null, is given what the reader saw.
     */
    private void readAttributions(
            List<ExtractedClaim> claims,
            List<AttributionReader.Claim> voiceClaims,
            List<AttributionReader.Evidence> evidence) {
        List<Attribution> rule =
                claims.stream().map(ExtractedClaim::attribution).toList();
        if (evidence != null) {
            evidence.addAll(attributionReader.evidence(voiceClaims, rule));
        }
        List<Attribution> read = attributionReader.read(voiceClaims, rule);
        for (int i = 0; i < claims.size(); i++) {
            if (read.get(i) != rule.get(i)) {
                claims.set(i, claims.get(i).withAttribution(read.get(i)));
            }
        }
    }

    /**
     * The topics of the learned model fused with those of the cues, read over the whole article (see
     * {@link TopicReader}); {@code evidence}, when not null, is given what the reader saw.
     */
    private void readTopics(
            List<ExtractedClaim> claims,
            List<TopicReader.Claim> topicClaims,
            String title,
            List<TopicReader.Evidence> evidence) {
        List<String> titleTopics = title == null ? List.of() : tagger.topicsOf(title);
        if (evidence != null) {
            List<List<String>> features = topicReader.features(topicClaims, titleTopics);
            for (int i = 0; i < claims.size(); i++) {
                evidence.add(new TopicReader.Evidence(claims.get(i).topics(), features.get(i)));
            }
        }
        if (topicReader.hasModel()) {
            List<List<String>> topics = topicReader.read(topicClaims, titleTopics);
            for (int i = 0; i < claims.size(); i++) {
                claims.set(i, claims.get(i).withTopics(topics.get(i)));
            }
        }
    }

    /**
     * The kinds of the learned model, when there is one, set after the discourse-time pass: that pass lets a fact
     * continue the period of the account before it, a gate read on the kind cues (an event verb, a number), and the
     * learned kind widened it past what it was measured on (held-out time F1 0.921 -> 0.892 in the rotation).
     */
    private List<ExtractedClaim> withLearnedKinds(List<ExtractedClaim> claims, List<ClaimKind> learned) {
        if (!classifier.hasModel()) {
            return claims;
        }
        List<ExtractedClaim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            out.add(claims.get(i).withKind(learned.get(i)));
        }
        return out;
    }

    /** A speaker's label opening a paragraph of a transcript: "Oyamada: …", "Kenji Oyamada: …". */
    private static final Pattern SPEAKER_LABEL =
            Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}):\\s+\\S.*", Pattern.DOTALL);

    /**
     * The speaker a paragraph's label names ("Oyamada: It is hurting some ports badly, yes."), when the article names
     * that speaker elsewhere too (the introduction of an interview): a label of the page ("Methodology: …") names no
     * one the article speaks of. Null when there is none.
     */
    static String speaker(String paragraph, String article) {
        Matcher m = SPEAKER_LABEL.matcher(paragraph);
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1);
        Matcher named =
                Pattern.compile("\\b" + Pattern.quote(label) + "\\b(?!:)").matcher(article);
        return named.find() ? label : null;
    }

    /** The author naming an interviewee: "We asked Jane Doe, who teaches …", "I spoke to Jane Doe about …". */
    private static final Pattern INTERVIEWEE =
            Pattern.compile("\\b(?:[Ww]e|I)\\s+(?:asked|interviewed|(?:spoke|talked)\\s+(?:to|with))\\s+"
                    + "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})");

    /**
     * An answer told in the author's words ("Serious, Kessler said. His team logged …", "…,” he said."): it names the
     * interviewee or says "he said", so its other sentences are the author's.
     */
    static boolean narrated(String paragraph, String interviewee) {
        String[] names = interviewee.split("\\s+");
        return paragraph.contains(names[names.length - 1])
                || NARRATED.matcher(paragraph).find();
    }

    private static final Pattern NARRATED = Pattern.compile("\\b(?:he|she|they) (?:said|says|added|told)\\b");

    /** The interviewee an author's sentence names, else the one named before ({@code known}). */
    static String interviewee(String sentence, String known) {
        Matcher m = INTERVIEWEE.matcher(sentence);
        return m.find() ? m.group(1) : known;
    }

    /** Whether a quotation is still open after this sentence ("“We will not sign. …" opens one over sentences). */
    static boolean quotingAfter(String sentence, boolean quoting) {
        boolean open = quoting;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“') {
                open = true;
            } else if (c == '”') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }

    /**
     * The claims from {@code from} on are one quotation spread over sentences ("“We will not sign. The terms are
     * unfair,” the minister said."): all of them are the voice named in any of them, the first named one.
     */
    private static Attribution oneVoice(List<ExtractedClaim> claims, int from, Attribution last) {
        Attribution voice = null;
        for (int i = from; i < claims.size() && voice == null; i++) {
            Attribution a = claims.get(i).attribution();
            voice = a.type() == Attribution.Type.REPORTED ? a : null;
        }
        if (voice == null) {
            return last;
        }
        for (int i = from; i < claims.size(); i++) {
            claims.set(i, claims.get(i).withAttribution(voice));
        }
        return voice;
    }

    /**
     * Words that may come before an imperative without making it a statement: "Now look north.", "But take …", "Still,
     * consider …".
     */
    private static final Set<String> DISCOURSE_WORDS =
            Set.of("but", "now", "so", "and", "then", "just", "first", "finally", "instead", "still", "yet");

    /**
     * An imperative opening the sentence, or right after a discourse word ("But look at what …"), unless a clause of
     * consequence follows it ("Look closer and the picture changes."): that sentence asserts what the reader would
     * find.
     */
    private boolean isImperative(Tokens tokens) {
        boolean opens = imperativeOpeners.at(tokens, 0) != null
                || (tokens.size() > 1
                        && DISCOURSE_WORDS.contains(tokens.word(0))
                        && imperativeOpeners.at(tokens, 1) != null);
        return opens && !hasConsequence(tokens);
    }

    /** A clause of time or condition fronted before the main clause: "So the next time someone …, ask …". */
    private static final Pattern FRONTED_CLAUSE = Pattern.compile(
            "(?iu)((so|and|but|now)\\s+)?(when|whenever|if|once|before|until|(the\\s+)?next\\s+time)\\b[^,;:]{3,160},\\s*(?<main>.+)");

    /**
     * "So the next time someone shows you a map, ask who is paying whom.", "When the figures come out, look at the
     * tankers.": an order after a fronted clause of time or condition asserts nothing, as an order opening the
     * sentence does; "If talks fail, prices will rise." asserts.
     */
    private boolean isFrontedImperative(String sentence) {
        Matcher m = FRONTED_CLAUSE.matcher(sentence.strip());
        if (!m.matches()) {
            return false;
        }
        Tokens main = Tokens.of(m.group("main")).words();
        return main.size() > 0
                && (imperativeOpeners.at(main, 0) != null || main.word(0).equals("ask"))
                && !hasConsequence(main);
    }

    /** Words that open the clause after "and" in "Look closer and the picture changes." */
    private static final Set<String> CONSEQUENCE_SUBJECTS = Set.of(
            "you", "we", "one", "they", "the", "what", "a", "an", "it", "there", "this", "that", "its", "their",
            "those", "these", "much", "little", "nothing", "few");
    /** Verbs that make the words after "and" a clause of its own rather than a second object or a second order. */
    private static final Set<String> CONSEQUENCE_VERBS = Set.of(
            "remains",
            "remain",
            "appears",
            "appear",
            "emerges",
            "emerge",
            "tell",
            "tells",
            "show",
            "shows",
            "looks",
            "seem",
            "seems",
            "becomes",
            "become",
            "find",
            "see",
            "get",
            "notice",
            "discover",
            "changes",
            "change",
            // "Ask any trader and the answer comes fast: …"
            "comes",
            "come");
    /** How many words after "and" the verb of the clause may come. */
    private static final int CONSEQUENCE_REACH = 8;

    /**
     * "… and the relationship is what it has always been", "… and you will find …": an "and" followed by a subject
     * and, within a few words, a verb.
     */
    static boolean hasConsequence(Tokens tokens) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!tokens.word(i).equals("and")
                    || !CONSEQUENCE_SUBJECTS.contains(tokens.word(i + 1))
                    || coordinatesQuestion(tokens, i)) {
                continue;
            }
            for (int j = i + 2; j < Math.min(tokens.size(), i + 2 + CONSEQUENCE_REACH); j++) {
                String word = tokens.word(j);
                if (SHORT_VERBS.contains(word) || CONSEQUENCE_VERBS.contains(word) || word.endsWith("n't")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Read on for what it does, and what it does not.", "Ask what Moscow gains and what it loses.": the "and" joins a
     * second question word to one before it, a second object of the order, not a clause of its own.
     */
    private static boolean coordinatesQuestion(Tokens tokens, int and) {
        String next = tokens.word(and + 1);
        if (!next.equals("what")) {
            return false;
        }
        for (int k = 0; k < and; k++) {
            if (tokens.word(k).equals(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Call it what you will.": a concession that names nothing, alone in its sentence. With a clause after it ("Call
     * it whatever you like, but …") the sentence goes on to assert something, and stays a claim.
     */
    private static final Pattern BARE_CONCESSION = Pattern.compile(
            "(?iu)((but|and|so)\\s+)?call (it|them|this|that) what(ever)? ((you|they|we|one) (like|likes|will|wish|want|"
                    + "wants|please|prefer)|(it|they|this|that) (is|are|was|were))\\b[^,;:\u2013\u2014]*[.!]?");

    /** "Call it an entente if you prefer.": a name offered to the reader's taste, alone in its sentence. */
    private static final Pattern NAME_CONCESSION = Pattern.compile(
            "(?iu)((but|and|so)\\s+)?call (it|them|this|that) [^,;:\u2013\u2014]{1,60} if you (like|prefer|must|will|wish|want)[.!]?[”\"’]?");

    static boolean isBareConcession(String sentence) {
        String s = sentence.strip();
        return BARE_CONCESSION.matcher(s).matches()
                || NAME_CONCESSION.matcher(s).matches();
    }

    /**
     * "Here is how it unfolded.", "Here's what the visit showed, and what it did not.": a pointer to what follows, which
     * asserts nothing itself. "Here is why that picture misleads." asserts its reason's subject (the picture misleads),
     * and with a colon or a semicolon ("Here is what happened: the banks …") the sentence goes on to assert.
     */
    private static final Pattern SIGNPOST =
            Pattern.compile("(?iu)((so|and|but|now)\\s+)?(here is|here's|here’s|here are|below is|below are)\\s+"
                    + "(how|what|where|when|who|whether)\\b[^:;]*[.!]?");

    /** "Here is my honest reading.", "Here's our take.": a pointer to the author's view that follows. */
    private static final Pattern OWN_VIEW_SIGNPOST = Pattern.compile(
            "(?iu)((so|and|but|now)\\s+)?(here is|here's|here’s|this is)\\s+(my|our)\\s+(\\p{L}+\\s+){0,2}"
                    + "(reading|take|view|answer|verdict|assessment|advice|argument|case|thinking|guess|prediction|judgement|judgment)[.!]?");

    static boolean isSignpost(String sentence) {
        String s = sentence.strip();
        return SIGNPOST.matcher(s).matches() || OWN_VIEW_SIGNPOST.matcher(s).matches();
    }

    /**
     * "Let me be blunt.", "So let me restate my case plainly, since my critic asks.": the author announcing how they will
     * speak asserts nothing; with a colon or a semicolon ("Let me be blunt: the deal is dead.") or a "that" clause the
     * sentence goes on to assert.
     */
    private static final Pattern SPEECH_ACT = Pattern.compile(
            "(?iu)((so|but|and|now|first|finally|then),?\\s+)?(let me|let us|let['’]s)\\s+\\p{L}+[^:;]*[.!]?[”\"’]?");

    static boolean isSpeechAct(String sentence) {
        String s = sentence.strip();
        return SPEECH_ACT.matcher(s).matches()
                && !s.toLowerCase(java.util.Locale.ROOT).contains(" that ");
    }

    /**
     * "Then the weapons.", "Next, the money.", "Finally, to the pipeline.": a pointer to the next step of an argument,
     * with no verb, asserts nothing.
     */
    private static final Pattern SEQUENCE_POINTER = Pattern.compile(
            "(?iu)(and\\s+)?(then|next|now|finally|first|second|third|lastly|last)[,:]?\\s+(to\\s+|on\\s+to\\s+)?"
                    + "(the|its|their|our)\\s+\\p{L}+[.:!]?");

    static boolean isSequencePointer(String sentence) {
        return SEQUENCE_POINTER.matcher(sentence.strip()).matches();
    }

    /** Subjects of a two-word statement ("She laughs."), beside a plural noun ("Allies haggle."). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of(
            "he", "she", "it", "they", "we", "i", "you", "nobody", "everyone", "everybody", "someone", "somebody");
    /** Second words that make two words no statement: "Probably not.", "Thanks all.", "Others too." */
    private static final Set<String> NOT_PREDICATES = Set.of(
            "no", "not", "yet", "too", "again", "more", "less", "all", "both", "only", "either", "neither", "please");

    private static final Pattern TWO_WORDS =
            Pattern.compile("[\"“‘]?(\\p{Lu}[\\p{L}'’-]*) (\\p{Ll}[\\p{L}'’-]*)[.!][\"”’]?");

    /**
     * "She laughs.", "Allies haggle.", "Ministers do.": a subject (a pronoun or a plural noun) and its verb, a statement
     * of two words; "Probably not.", "Very little.", "Good morning." are none.
     */
    static boolean isTwoWordStatement(String sentence) {
        Matcher m = TWO_WORDS.matcher(sentence.strip());
        if (!m.matches()) {
            return false;
        }
        String subject = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String verb = m.group(2);
        if (verb.endsWith("ly") || NOT_PREDICATES.contains(verb)) {
            return false;
        }
        return SUBJECT_PRONOUNS.contains(subject)
                || (subject.length() > 3
                        && subject.endsWith("s")
                        && !subject.endsWith("ss")
                        && !ANSWER_OPENERS.contains(subject)
                        && !subject.equals("thanks"));
    }

    /** "Not at all.", "Far from it.", "Hardly so.": a short verbless answer to a question asserts nothing itself. */
    private static boolean isVerblessAnswer(Tokens tokens, int words) {
        if (words > MAX_ANSWER_WORDS || tokens.size() == 0 || !ANSWER_OPENERS.contains(tokens.word(0))) {
            return false;
        }
        return !hasAuxiliary(tokens);
    }

    /** A word of {@link #SHORT_VERBS} or a negated one ("isn't") among the tokens. */
    private static boolean hasAuxiliary(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (SHORT_VERBS.contains(tokens.word(i)) || tokens.word(i).endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** How long a verbless reply right after a question may be ("A split one.", "The second, mostly."). */
    private static final int MAX_REPLY_WORDS = 3;

    /**
     * "A split one." right after a question: a reply of a few words with no verb completes the question and asserts
     * nothing of its own.
     */
    static boolean isShortVerblessReply(Tokens tokens, int words) {
        if (words > MAX_REPLY_WORDS || tokens.size() == 0) {
            return false;
        }
        if (hasAuxiliary(tokens)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.word(i).endsWith("ed") || tokens.word(i).endsWith("s")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A source referred to by a pronoun ("…,” he said.) or a sentence that is only a quotation continues the reported
     * source of the sentence before it in the same paragraph.
     */
    private Attribution continued(Attribution found, String sentence, Attribution previous) {
        if (previous == null || previous.type() != Attribution.Type.REPORTED) {
            return found;
        }
        boolean pronoun = found.type() == Attribution.Type.REPORTED && attributions.refersBack(found.source());
        boolean quotationOnly = found.type() == Attribution.Type.AUTHOR && isQuotationOnly(sentence);
        return pronoun || quotationOnly ? previous : found;
    }

    private static boolean isQuotationOnly(String sentence) {
        char open = sentence.charAt(0);
        char close = open == '“' ? '”' : open == '"' ? '"' : 0;
        return close != 0 && sentence.indexOf(close, 1) == sentence.length() - 1;
    }

    /** "1. Economic effect.", "2) Legal questions:": a numbered section heading of a few words with no verb. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d{1,2}[.)]\\s+(\\S+)(\\s+\\S+){0,2}?[.:]?");

    static boolean isNumberedHeading(String sentence) {
        if (!NUMBERED_HEADING.matcher(sentence.strip()).matches()) {
            return false;
        }
        for (String word : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (SHORT_VERBS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean isClaim(String sentence, int words, boolean punctuated, boolean bullet) {
        if ((words < MIN_WORDS && !(words == 2 && isTwoWordStatement(sentence)))
                || TextShapes.isQuestion(sentence)
                || Character.isLowerCase(sentence.charAt(0))) {
            return false;
        }
        if (!punctuated && words < (bullet ? MIN_UNPUNCTUATED_BULLET_WORDS : MIN_UNPUNCTUATED_CLAIM_WORDS)) {
            return false;
        }
        if (isNumberedHeading(sentence) || isTitleCase(sentence)) {
            return false;
        }
        return !boilerplate.isBoilerplate(sentence);
    }

    /** Short words a heading in title case leaves in lower case. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "vs", "nor",
            "but", "as", "its", "into", "over", "upon", "about", "after", "between", "without", "under", "against",
            "than");
    /** What stands before a word's first or after its last letter or digit ("“Arms:" → "Arms"). */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /** How many words a line in title case needs to be taken for a heading or a book's or paper's title. */
    private static final int MIN_TITLE_CASE_WORDS = 4;

    /**
     * "An Accord Without Arms: Naval Cooperation in the Baltic, 2010–2020", "The Long Thaw: Trade and Power in the
     * Caspian.": every word but the small ones capitalised, however long the line and whatever its punctuation, is a
     * heading or a title, never a sentence of the article.
     */
    static boolean isTitleCase(String sentence) {
        int words = 0;
        int longWords = 0;
        for (String raw : sentence.split("\\s+")) {
            String word = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            words++;
            if (TITLE_SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            longWords += word.length() >= 4 ? 1 : 0;
        }
        return words >= MIN_TITLE_CASE_WORDS && longWords >= 2;
    }

    private ExtractedClaim claim(
            int ordinal,
            String text,
            Span span,
            String sentence,
            Tokens tokens,
            ClaimKind cueKind,
            Attribution found,
            int words,
            boolean punctuated,
            Tags tags,
            Attribution previous) {
        Attribution attribution = continued(found, sentence, previous);
        QuoteSelector quote = new QuoteSelector(
                sentence,
                text.substring(Math.max(0, span.start() - QUOTE_CONTEXT), span.start()),
                text.substring(span.end(), Math.min(text.length(), span.end() + QUOTE_CONTEXT)));
        return new ExtractedClaim(
                ordinal,
                sentence,
                span,
                quote,
                cueKind,
                attribution,
                classifier.certainty(tokens),
                tags.topics(),
                tags.eventType(),
                tags.actors(),
                tags.time(),
                tags.figures(),
                confidence(words, punctuated, tags));
    }

    /** How sure we are that this is a claim with these tags: lower for unpunctuated, very short or long, untagged. */
    static double confidence(int words, boolean punctuated, Tags tags) {
        double c = 0.9;
        if (!punctuated) {
            c -= 0.35;
        }
        if (words < SHORT_WORDS) {
            c -= 0.2;
        } else if (words > LONG_WORDS) {
            c -= 0.15;
        }
        if (tags.topics().isEmpty() && tags.actors().isEmpty()) {
            c -= 0.2;
        }
        return Math.round(Math.max(0.05, Math.min(1.0, c)) * 100) / 100.0;
    }
}
