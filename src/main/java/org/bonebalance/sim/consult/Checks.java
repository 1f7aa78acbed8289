package org.bonebalance.sim.consult;

import org.bonebalance.content.Messages;

/** Field checks whose messages name the field, so a person can act on them (STYLE.md convention 11). */
public final class Checks {
    private Checks() {}

    /** Thrown when one field of a consultation is missing or out of range; the message names the field. */
    public static final class InvalidFieldException extends IllegalArgumentException {
        private final String field;

        public InvalidFieldException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() { return field; }
    }

    public static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidFieldException(field, Messages.get("consult.error.range", field,
                    fmt(min), fmt(max), Double.isFinite(value) ? fmt(value) : String.valueOf(value)));
        }
    }

    public static void required(String field, Object value) {
        if (value == null) throw new InvalidFieldException(field, Messages.get("consult.error.missing", field));
    }

    public static void fail(String field, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = field;
        System.arraycopy(args, 0, all, 1, args.length);
        throw new InvalidFieldException(field, Messages.get(key, all));
    }

    public static void text(String field, String value, int maxLength) {
        if (value == null) return;
        if (value.length() > maxLength) fail(field, "consult.error.tooLong", maxLength);
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) fail(field, "consult.error.control");
        }
    }

    static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e9) return Long.toString((long) d);
        if (Math.abs(d) >= 1e6 || Math.abs(d) < 1e-3) return String.format(java.util.Locale.ROOT, "%.3g", d);
        return String.format(java.util.Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
    }
}
