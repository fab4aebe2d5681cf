package dev.assay.intake.email;

/**
 * Joins the soft line breaks of {@code format=flowed} text (RFC 3676): a line ending in a space continues on the
 * next line of the same quote depth. Space-stuffing is undone; the signature separator "-- " stays a line.
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean delSp) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int openDepth = -1;
        for (String line : lines) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1);
            }
            boolean continuing = openDepth == depth;
            if (openDepth >= 0 && !continuing) {
                out.append('\n');
            }
            if (!continuing) {
                out.append(">".repeat(depth)).append(depth > 0 ? " " : "");
            }
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            if (soft && delSp) {
                content = content.substring(0, content.length() - 1);
            }
            out.append(content);
            if (soft) {
                openDepth = depth;
            } else {
                out.append('\n');
                openDepth = -1;
            }
        }
        String result = out.toString();
        return result.endsWith("\n") ? result.substring(0, result.length() - 1) : result;
    }
}
