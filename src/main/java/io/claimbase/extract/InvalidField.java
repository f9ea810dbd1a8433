package io.claimbase.extract;

/**
 * A domain data record's own check failed on one of its fields: thrown from a compact constructor, it lets
 * {@link DomainYaml} name the field's JSON pointer below the record's (a scale level's {@code cues}, a question's
 * {@code scale/2/score}).
 */
public class InvalidField extends IllegalArgumentException {

    private final String field;

    /** @param field the field's pointer relative to the record, without a leading slash ({@code scale/2/score}) */
    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
