package io.claimbase.position;

import java.util.concurrent.ThreadLocalRandom;

/** Author names nobody else uses (letters only, so their slugs are predictable), so tests never share rows. */
final class Names {

    private Names() {}

    static String unique(String prefix) {
        StringBuilder name = new StringBuilder(prefix).append(' ');
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static String slugOf(String name) {
        return name.toLowerCase().replace(' ', '-');
    }
}
