package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds references to the catalogue's resolutions: numbered forms in the six languages ("résolution 5/12",
 * "резолюции ЮНЕА 5/12", "القرار 5/12", "第5/12号决议"), document symbols ("UNEP/EA.5/Res.12"), lists following a
 * numbered form ("resolutions 4/19, 5/12 and 6/5"), phrases such as titles, and descriptions
 * ({@link ResolutionDescriptions}). Numbered forms are read in folded text, so case, accents and Arabic-Indic digits
 * do not matter.
 */
final class ResolutionFinder {

    private static final String SESSION = "(\\d{1,2})";
    private static final String NUMBER = "(\\d{1,3})";
    /** و، ف، ب، ك، ل and the article may be written onto an Arabic word: والقرار، للقرار، بالقرار. */
    private static final String ARABIC_CLITICS = "(?:[\u0648\u0641\u0628\u0643\u0644]?(?:\u0627\u0644|\u0644)?)";

    private final List<NumberedForm> numberedForms;
    private final Pattern continuation;
    private final Map<String, String> idBySessionAndNumber = new HashMap<>();
    private static final int WINDOW_BEFORE = 160;
    private static final int WINDOW_AFTER = 24;

    private final StemmedLexicon<String> titlePhrases;
    private final ResolutionDescriptions descriptions;

    ResolutionFinder(ResolutionCatalogue catalogue, LanguageAnalyzers analyzers) {
        String qualifier = catalogue.qualifiers().isEmpty() ? "" : "(?:(?:" + catalogue.qualifiers().stream()
                .map(q -> literal(TextNormalizer.fold(q))).collect(Collectors.joining("|")) + ")[\\s-]*)?";
        Map<String, NumberedForm> forms = new LinkedHashMap<>();
        for (String form : catalogue.numberedForms()) {
            NumberedForm compiled = NumberedForm.compile(form, qualifier);
            forms.putIfAbsent(compiled.pattern().pattern(), compiled);
        }
        // forms that fold alike ("résolution*", "resolution*") would only find the same references twice
        this.numberedForms = List.copyOf(forms.values());
        String separators = catalogue.listSeparators().stream()
                .map(s -> literal(TextNormalizer.fold(s))).collect(Collectors.joining("|"));
        this.continuation = Pattern.compile("(?:\\s*(?:" + separators + ")\\s*)+" + qualifier + "(" + SESSION
                + "\\s*/\\s*" + NUMBER + ")(?!\\d)");
        List<StemmedLexicon.Entry<String>> phrases = new ArrayList<>();
        for (ResolutionCatalogue.Resolution resolution : catalogue.resolutions()) {
            if (resolution.session() != null) {
                idBySessionAndNumber.put(resolution.session() + "/" + resolution.number(), resolution.id());
            }
            resolution.phrases().forEach((language, list) ->
                    list.forEach(p -> phrases.add(new StemmedLexicon.Entry<>(language, p, resolution.id()))));
        }
        this.descriptions = new ResolutionDescriptions(catalogue, analyzers);
        this.titlePhrases = new StemmedLexicon<>(phrases, analyzers);
    }

    /** Every reference to a catalogued resolution, in document order; the payload is the resolution's short id. */
    List<Match<String>> find(List<AnalysedField> fields) {
        List<Match<String>> found = numbered(fields);
        found.addAll(descriptions.find(fields, found));
        found.addAll(titlePhrases.find(fields));
        return Match.longestFirst(found);
    }

    private List<Match<String>> numbered(List<AnalysedField> fields) {
        List<Match<String>> found = new ArrayList<>();
        for (AnalysedField field : fields) {
            for (int[] window : windows(field.folded())) {
                for (NumberedForm form : numberedForms) {
                    if (!form.mayMatch(field.folded(), window[0], window[1])) {
                        continue;
                    }
                    Matcher m = form.pattern().matcher(field.folded()).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                    m.region(window[0], window[1]);
                    while (m.find()) {
                        add(found, field, m.group(1), m.group(2), m.start(), m.end());
                        followList(found, field, m.end());
                    }
                }
            }
        }
        return found;
    }

    /**
     * The stretches of text where a numbered reference can be: around each digit followed by a slash (5/12,
     * EA.5/Res.12; spaces may stand before the slash), merged where they overlap. Reading only these keeps a long text
     * without references cheap.
     */
    private static List<int[]> windows(String folded) {
        List<int[]> windows = new ArrayList<>();
        for (int slash = folded.indexOf('/'); slash >= 0; slash = folded.indexOf('/', slash + 1)) {
            int digit = slash - 1;
            while (digit >= 0 && CharacterClasses.isPatternSpace(folded.charAt(digit))) {
                digit--;
            }
            if (digit < 0 || folded.charAt(digit) < '0' || folded.charAt(digit) > '9') {
                continue;
            }
            int from = Math.max(0, digit - WINDOW_BEFORE);
            int to = Math.min(folded.length(), slash + 1 + WINDOW_AFTER);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    private void followList(List<Match<String>> found, AnalysedField field, int from) {
        Matcher next = continuation.matcher(field.folded());
        int at = from;
        while (at < field.folded().length()) {
            next.region(at, field.folded().length());
            if (!next.lookingAt()) {
                return;
            }
            add(found, field, next.group(2), next.group(3), next.start(1), next.end(1));
            at = next.end();
        }
    }

    private void add(List<Match<String>> found, AnalysedField field, String session, String number, int start, int end) {
        String id = idBySessionAndNumber.get(Integer.parseInt(session) + "/" + Integer.parseInt(number));
        if (id != null) {
            found.add(new Match<>(id, id, field, field.text().originalStart(start), field.text().originalEnd(end), 0));
        }
    }

    /**
     * A numbered form as a pattern over folded text, with the longest run of letters it must contain as written
     * ("resolution", "резолюци", "号决议", "unep"): a window without that run cannot hold the form, which spares
     * running the pattern, whose look-behind is tried at every position, over it.
     */
    record NumberedForm(Pattern pattern, String literal) {

        boolean mayMatch(String folded, int from, int to) {
            int at = folded.indexOf(literal, from);
            return at >= 0 && at + literal.length() <= to;
        }

        static NumberedForm compile(String form, String qualifier) {
            return new NumberedForm(ResolutionFinder.compile(form, qualifier), longestLiteral(form));
        }

        /** The longest stretch of the folded form that its pattern quotes character by character. */
        private static String longestLiteral(String form) {
            String folded = TextNormalizer.fold(form.strip()).replaceAll("\\{[sqr]}", "{");
            String longest = "";
            for (String run : folded.split("[{*/.\\-\\s]+")) {
                longest = run.length() > longest.length() ? run : longest;
            }
            return longest;
        }
    }

    /** Turns a form such as {@code резолюци* {q}{s}/{r}} into a pattern over folded text. */
    private static Pattern compile(String form, String qualifier) {
        String folded = TextNormalizer.fold(form.strip());
        StringBuilder regex = new StringBuilder();
        int first = folded.codePointAt(0);
        if (Character.isLetterOrDigit(first) && !Tokenizer.isIdeograph(first)) {
            regex.append("(?<![\\p{L}\\p{N}])");
            if (Character.UnicodeBlock.of(first) == Character.UnicodeBlock.ARABIC) {
                regex.append(ARABIC_CLITICS);
            }
        }
        int groups = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (folded.startsWith("{s}", i)) {
                regex.append(SESSION);
                groups++;
                i += 2;
            } else if (folded.startsWith("{r}", i)) {
                regex.append(NUMBER);
                groups++;
                i += 2;
            } else if (folded.startsWith("{q}", i)) {
                regex.append(qualifier);
                i += 2;
            } else if (c == '*') {
                regex.append("\\p{L}*");
            } else if (Character.isWhitespace(c)) {
                regex.append("\\s*");
                while (i + 1 < folded.length() && Character.isWhitespace(folded.charAt(i + 1))) {
                    i++;
                }
            } else if (c == '/' || c == '.' || c == '-') {
                regex.append("\\s*").append(Pattern.quote(String.valueOf(c))).append("\\s*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (groups != 2 || folded.indexOf("{s}") > folded.indexOf("{r}")) {
            throw new IllegalArgumentException("a numbered form needs {s} then {r}: " + form);
        }
        return Pattern.compile(regex.append("(?!\\d)").toString());
    }

    private static String literal(String text) {
        return text.strip().chars().mapToObj(c -> Character.isWhitespace(c) ? "\\s*" : Pattern.quote(String.valueOf((char) c)))
                .collect(Collectors.joining());
    }
}
