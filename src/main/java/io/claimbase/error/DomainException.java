package io.claimbase.error;

/**
 * What services, queries and repositories throw when a request cannot be served as asked: a thing that is not there, a
 * state that forbids the change, or a field or parameter with a wrong value. Plain Java, free of the web layer;
 * {@code web/ProblemMappers} answers each as its problem+json.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.Conflict, DomainException.Invalid {

    private DomainException(String message) {
        super(message, null, false, false);
    }

    /** No {@code what} with this id (or slug). */
    public static final class NotFound extends DomainException {
        private final String what;
        private final transient Object id;

        public NotFound(String what, Object id) {
            super("No " + what + " with id " + id);
            this.what = what;
            this.id = id;
        }

        public String what() {
            return what;
        }

        public Object id() {
            return id;
        }
    }

    /**
     * The thing exists but its state forbids the change.
     *
     * @param reason a short kebab-case name of why ({@code curated-positions})
     * @param title the reason in a few words ({@code Curated positions exist})
     */
    public static final class Conflict extends DomainException {
        private final String reason;
        private final String title;

        public Conflict(String reason, String title, String detail) {
            super(detail);
            this.reason = reason;
            this.title = title;
        }

        public String reason() {
            return reason;
        }

        public String title() {
            return title;
        }
    }

    /** A value of the request that is wrong: a field of its body, or a parameter. */
    public abstract static sealed class Invalid extends DomainException permits InvalidField, InvalidParameter {
        private final String name;
        private final String reason;

        private Invalid(String name, String reason) {
            super(name + ": " + reason);
            this.name = name;
            this.reason = reason;
        }

        /** The field or parameter at fault. */
        public String name() {
            return name;
        }

        public String reason() {
            return reason;
        }
    }

    /** A field of the request body (or {@code (body)}, {@code (line)} for the whole of it) with a wrong value. */
    public static final class InvalidField extends Invalid {
        public InvalidField(String field, String reason) {
            super(field, reason);
        }
    }

    /** A query, path or header parameter with a wrong value. */
    public static final class InvalidParameter extends Invalid {
        public InvalidParameter(String parameter, String reason) {
            super(parameter, reason);
        }
    }
}
