package io.claimbase.position;

import io.claimbase.position.Holders.Holder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The views the articles report on a question, by holder: the evidence of the question's positions whose claim is
 * reported speech ("Putin said...") or a view the author frames as a group's ("Many Western experts..."), never the
 * author's own statements (those make the positions).
 */
@ApplicationScoped
public class HolderQueries {

    /** The most statements listed per holder. */
    static final int MAX_QUOTES = 20;
    /** The most evidence rows read for one question (the latest first). */
    static final int MAX_ROWS = 5000;

    private final Pool pool;
    private final Holders holders;

    public HolderQueries(Pool pool, Holders holders) {
        this.pool = pool;
        this.holders = holders;
    }

    private record Said(Holder holder, HolderView.Statement statement) {}

    /** Every holder of a reported view on the question, most statements first. */
    public Uni<List<HolderView>> holders(String slug) {
        return pool.preparedQuery("""
                select c.id as claim_id, c.text, c.attribution, c.attributed_to, pe.points_to, pe.cue, pe.weight,
                       a.id as article_id, a.title, a.published_on, a.published_precision
                from position_evidence pe
                join position p on p.id = pe.position_id
                join question q on q.id = p.question_id
                join claim c on c.id = pe.claim_id
                join article a on a.id = c.article_id
                where q.slug = $1 and pe.points_to not in ('strengthening', 'stable', 'weakening')
                  and (c.attribution = 'reported' or pe.weight = 0)
                order by a.published_on desc nulls last, a.id desc, c.ordinal
                limit $2""").execute(Tuple.of(slug, MAX_ROWS)).map(rows -> {
            List<Said> said = new ArrayList<>();
            for (Row r : rows) {
                said(r).ifPresent(said::add);
            }
            return group(said);
        });
    }

    /** The holder of one evidence row, or empty when it is the author's own (a hypothetical cue, say). */
    private Optional<Said> said(Row r) {
        String text = r.getString("text");
        String source = r.getString("attributed_to");
        Optional<Holder> holder = "reported".equals(r.getString("attribution")) && source != null
                ? Optional.of(holders.ofSource(source))
                : holders.framedBy(text);
        return holder.map(h -> new Said(
                h,
                new HolderView.Statement(
                        r.getLong("claim_id"),
                        text,
                        source != null ? source : h.name(),
                        r.getString("points_to"),
                        r.getString("cue"),
                        PositionQueries.articleRef(r))));
    }

    private static List<HolderView> group(List<Said> said) {
        Map<String, List<Said>> byHolder = new LinkedHashMap<>();
        said.forEach(s -> byHolder.computeIfAbsent(key(s.holder()), k -> new ArrayList<>())
                .add(s));
        List<HolderView> views = new ArrayList<>();
        for (List<Said> statements : byHolder.values()) {
            Holder h = statements.get(0).holder();
            views.add(new HolderView(
                    h.name(),
                    h.actor(),
                    h.kind(),
                    label(statements),
                    statements.size(),
                    statements.stream().limit(MAX_QUOTES).map(Said::statement).toList()));
        }
        views.sort(Comparator.comparingInt(HolderView::statements)
                .reversed()
                .thenComparing(HolderView::holder, String.CASE_INSENSITIVE_ORDER));
        return views;
    }

    private static String key(Holder h) {
        return h.actor() != null
                ? "actor:" + h.actor()
                : h.kind() + ":" + h.name().toLowerCase(Locale.ROOT);
    }

    /** The label most statements point to; on a tie, the latest statement's (statements are latest first). */
    private static String label(List<Said> statements) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        statements.forEach(s -> counts.merge(s.statement().pointsTo(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
