package dev.assay.intake.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes text as mail clients label it rather than as the labels say: GB2312 and GBK are read as GB18030 (their
 * superset, which is what such mail really holds), ISO-8859-1 as Windows-1252 (whose extra characters, curly quotes
 * and the euro sign, are what a Latin-1 label usually hides). An unknown or missing label means UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252, so that text is never refused for its charset.
 */
final class MailCharsets {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("ms936", "GB18030"), Map.entry("euc-cn", "GB18030"),
            Map.entry("x-euc-cn", "GB18030"), Map.entry("csgb2312", "GB18030"), Map.entry("chinese", "GB18030"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"), Map.entry("cp819", "windows-1252"),
            Map.entry("cp1252", "windows-1252"), Map.entry("cp1256", "windows-1256"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("utf8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"));

    private MailCharsets() {
    }

    static String decode(byte[] bytes, String label) {
        Charset charset = lookup(label);
        String text;
        if (charset == null || charset.equals(StandardCharsets.US_ASCII)) {
            text = isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
        } else {
            text = new String(bytes, charset);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The charset to read a label as, or null when the label is missing or unknown to this JVM. */
    static Charset lookup(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        name = ALIASES.getOrDefault(name, name);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException illegalName) {
            return null;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
