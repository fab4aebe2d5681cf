package dev.assay.intake.email;

/** Sender-supplied text made safe for a log line: one line, bounded, so no one can forge log entries. */
final class LogText {

    private static final int MAX = 300;

    private LogText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }
}
