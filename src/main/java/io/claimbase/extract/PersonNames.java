package io.claimbase.extract;

/** The regular expression of a person's name as bylines and bios write it ("Dmitri V. Trenin", "Ursula von der Leyen"). */
final class PersonNames {

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}’'\\-]+|\\p{Lu}\\.?)";
    private static final String PARTICLE = "(?:de|da|van|von|der|den|bin|al|el|le|la|du|del|di|dos)";
    /** Two to five name words, with particles between them. */
    static final String NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + NAME_WORD + "){1,4}";

    private PersonNames() {}
}
