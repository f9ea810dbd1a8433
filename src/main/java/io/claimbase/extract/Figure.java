package io.claimbase.extract;

import java.math.BigDecimal;

/**
 * A number a claim cites, normalised: "$6.86 billion" is MONEY 6860000000 USD; "90 percent" is PERCENT 90;
 * "38 billion cubic meters" is QUANTITY 38000000000 unit "m3"; "755 people" is COUNT 755 unit "people".
 *
 * @param span offsets of {@code text} in the cleaned body
 */
public record Figure(Kind kind, String text, BigDecimal value, String unit, String currency, Span span) {

    public enum Kind {
        MONEY,
        PERCENT,
        QUANTITY,
        COUNT
    }
}
