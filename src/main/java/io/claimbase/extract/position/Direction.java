package io.claimbase.extract.position;

/** Which way a claim says something moves. */
public enum Direction {
    UP,
    DOWN;

    Direction opposite() {
        return this == UP ? DOWN : UP;
    }
}
