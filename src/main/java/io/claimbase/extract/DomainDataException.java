package io.claimbase.extract;

/**
 * A domain data file (or a question sent to the API) is malformed; the message names the source and, where known,
 * the line and the JSON pointer (RFC 6901) of the value at fault, which {@link #pointer()} and {@link #reason()} also
 * give on their own.
 */
public class DomainDataException extends RuntimeException {

    private final String pointer;
    private final String reason;

    public DomainDataException(String message) {
        super(message);
        this.pointer = null;
        this.reason = message;
    }

    public DomainDataException(String message, Throwable cause) {
        super(message, cause);
        this.pointer = null;
        this.reason = message;
    }

    /**
     * @param pointer the JSON pointer of the value at fault ("" for the whole document), or null when unknown
     * @param reason  what is wrong with it, on one line
     */
    public DomainDataException(String source, int line, String pointer, String reason, Throwable cause) {
        super(
                DomainYaml.at(source, line)
                        + reason
                        + (pointer == null || pointer.isEmpty() ? "" : " (at " + pointer + ")"),
                cause);
        this.pointer = pointer;
        this.reason = reason;
    }

    /** The JSON pointer of the value at fault ("" for the whole document), or null when unknown. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong, without the source, line and pointer. */
    public String reason() {
        return reason;
    }
}
