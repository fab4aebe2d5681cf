package dev.assay.classification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds resolutions cited by description (see {@link ResolutionCatalogue.Descriptions}): "the resolution on mineral
 * resource governance adopted at the fourth session", « la résolution adoptée à Nairobi en 2024 sur les minéraux »,
 * "第五届会议关于矿物和金属的决议". The words, markers and topic words are found in one pass of a
 * {@link StemmedLexicon}, so inflections and Arabic clitics do not matter and Chinese terms are substrings; only
 * then are they put together, which keeps a text without them cheap.
 */
final class ResolutionDescriptions {

    /** "resolution 5/12", "résolution n° 5/12", "resolution UNEP/EA.5/Res.12": a numbered reference, read elsewhere. */
    private static final Pattern NUMBER_FOLLOWS = Pattern.compile(
            "\\s*(?:n[o°º]\\.?|№|第|(?:unep|юнеп)?\\s*/?\\s*ea\\s*\\.\\s*\\d{1,2}\\s*/\\s*res\\s*\\.?)?\\s*\\d",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A marker such as "UNEP/EA.7" or "UNEA 5" that is the start of the number of a resolution of its session
     * ("UNEP/EA.7/Res.3", "UNEA 5/14"), which may not be the one described.
     */
    private static final Pattern NUMBER_OF_SESSION_FOLLOWS = Pattern.compile("\\s*/\\s*(?:res|\\d)",
            Pattern.CASE_INSENSITIVE);

    private enum Kind { WORD, MARKER, TOPIC }

    /** A part of a description: a word for "resolution", a marker of a session or a topic word of a resolution. */
    private record Part(Kind kind, int session, String resolution) {
    }

    /** How many words further a marker on the unusual side of the word counts. */
    private static final int OTHER_SIDE = 3;

    private final int window;
    private final StemmedLexicon<Part> lexicon;
    private final Map<Integer, List<ResolutionCatalogue.Resolution>> bySession = new HashMap<>();

    ResolutionDescriptions(ResolutionCatalogue catalogue, LanguageAnalyzers analyzers) {
        ResolutionCatalogue.Descriptions descriptions = catalogue.descriptions();
        this.window = descriptions.window();
        List<StemmedLexicon.Entry<Part>> entries = new ArrayList<>();
        add(entries, descriptions.resolutionWords(), new Part(Kind.WORD, 0, null));
        descriptions.sessions().forEach((session, markers) ->
                add(entries, markers, new Part(Kind.MARKER, session, null)));
        for (ResolutionCatalogue.Resolution resolution : catalogue.resolutions()) {
            if (resolution.adoptedAt() != null && resolution.describable()) {
                bySession.computeIfAbsent(resolution.adoptedAt(), s -> new ArrayList<>()).add(resolution);
                add(entries, resolution.topicWords(), new Part(Kind.TOPIC, 0, resolution.id()));
            }
        }
        this.lexicon = new StemmedLexicon<>(entries, analyzers);
    }

    private static void add(List<StemmedLexicon.Entry<Part>> entries, Map<String, List<String>> byLanguage, Part part) {
        byLanguage.forEach((language, terms) -> terms.forEach(t -> entries.add(new StemmedLexicon.Entry<>(language, t,
                part))));
    }

    /**
     * Every description found, spanning its parts; the payload is the resolution's id. A word for "resolution" that
     * begins one of the {@code numbered} references found ("резолюцией ЮНЕА 4/19") is not described.
     */
    List<Match<String>> find(List<AnalysedField> fields, List<? extends Match<?>> numbered) {
        if (bySession.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Match<Part>>> byField = new HashMap<>();
        for (Match<Part> part : lexicon.find(fields)) {
            if (!numberedElsewhere(part, numbered)) {
                byField.computeIfAbsent(part.field().order(), f -> new ArrayList<>()).add(part);
            }
        }
        List<Match<String>> found = new ArrayList<>();
        byField.values().forEach(parts -> findIn(parts, found));
        return found;
    }

    /**
     * Each word for "resolution" is described by its nearest marker, so that in "the resolution on mineral resource
     * governance adopted at the fourth session and the resolution adopted at the fifth session" each word has its
     * own session; for each resolution of that session, the tightest description around the word.
     */
    private void findIn(List<Match<Part>> unordered, List<Match<String>> found) {
        List<Match<Part>> all = new ArrayList<>(unordered);
        all.sort(Match.DOCUMENT_ORDER);
        List<Match<Part>> allWords = all.stream().filter(p -> p.payload().kind() == Kind.WORD).toList();
        int reach = window * NegationRule.MAX_WORD_SPAN;
        for (Match<Part> word : allWords) {
            // only parts starting within the window's reach can be described with the word: a long page has hundreds
            // of topic words, and reading them all for every word for "resolution" made descriptions 6 % of its time
            List<Match<Part>> parts = startingBetween(all, word.start() - reach, word.end() + reach);
            List<Match<Part>> words = startingBetween(allWords, word.start() - 2 * reach, word.end() + reach);
            Match<Part> marker = nearestMarker(words, word, parts);
            if (marker == null) {
                continue;
            }
            for (ResolutionCatalogue.Resolution resolution : bySession.getOrDefault(marker.payload().session(),
                    List.of())) {
                Match<String> tightest = resolution.sessionAlone() ? span(resolution.id(), word, marker, marker) : null;
                for (Match<Part> topic : parts) {
                    if (topic.payload().kind() == Kind.TOPIC && topic.payload().resolution().equals(resolution.id())
                            && together(words, word, marker, topic)) {
                        tightest = tighter(tightest, span(resolution.id(), word, marker, topic));
                    }
                }
                if (tightest != null) {
                    found.add(tightest);
                }
            }
        }
    }

    /** The matches, in document order within one field, that start at or after {@code from} and before {@code to}. */
    private static List<Match<Part>> startingBetween(List<Match<Part>> ordered, int from, int to) {
        return ordered.subList(firstStartingAt(ordered, from), firstStartingAt(ordered, to));
    }

    private static int firstStartingAt(List<Match<Part>> ordered, int offset) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ordered.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The marker fewest words away from the word, in one sentence with it; a marker on the side where a language does
     * not usually put it (before the word, except in Chinese, where it comes before 决议) counts as
     * {@value #OTHER_SIDE} words further.
     */
    private Match<Part> nearestMarker(List<Match<Part>> words, Match<Part> word, List<Match<Part>> parts) {
        String text = word.field().original();
        boolean describedBefore = Tokenizer.containsIdeograph(word.originalText());
        Match<Part> nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Match<Part> marker : parts) {
            if (marker.payload().kind() != Kind.MARKER || !together(words, word, marker, marker)) {
                continue;
            }
            boolean before = marker.end() <= word.start();
            int distance = before ? NegationRule.words(text, marker.end(), word.start())
                    : NegationRule.words(text, word.end(), marker.start());
            distance += before == describedBefore ? 0 : OTHER_SIDE;
            if (distance < nearestDistance) {
                nearest = marker;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /**
     * The parts read as one description: apart from one another, in one sentence, within the window, and with no other
     * word for "resolution" among them, which would be the one they describe.
     */
    private boolean together(List<Match<Part>> words, Match<Part> word, Match<Part> marker, Match<Part> topic) {
        int start = Math.min(word.start(), Math.min(marker.start(), topic.start()));
        int end = Math.max(word.end(), Math.max(marker.end(), topic.end()));
        // the cheap test first: a long text has many topic words, nearly all of them far away
        if (end - start > window * NegationRule.MAX_WORD_SPAN) {
            return false;
        }
        List<Match<Part>> ordered = new ArrayList<>(List.of(word, marker));
        if (topic != marker) {
            ordered.add(topic);
        }
        ordered.sort(Match.DOCUMENT_ORDER);
        String text = word.field().original();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i - 1).end() > ordered.get(i).start()
                    || Tokenizer.breaksSentence(text, ordered.get(i - 1).end(), ordered.get(i).start())) {
                return false;
            }
        }
        return NegationRule.words(text, start, end) <= window && words.stream()
                .noneMatch(other -> !other.overlaps(word) && other.start() < end && other.end() > start);
    }

    private static Match<String> span(String id, Match<Part> word, Match<Part> marker, Match<Part> topic) {
        int start = Math.min(word.start(), Math.min(marker.start(), topic.start()));
        int end = Math.max(word.end(), Math.max(marker.end(), topic.end()));
        return new Match<>(id, id, word.field(), start, end, word.cost() + marker.cost() + topic.cost());
    }

    private static Match<String> tighter(Match<String> kept, Match<String> other) {
        return kept == null || other.end() - other.start() < kept.end() - kept.start() ? other : kept;
    }

    /** A word beginning a numbered reference, or a marker beginning the number of some resolution of its session. */
    private static boolean numberedElsewhere(Match<Part> part, List<? extends Match<?>> numbered) {
        return switch (part.payload().kind()) {
            case WORD -> follows(NUMBER_FOLLOWS, part) || overlapsAny(part, numbered);
            case MARKER -> follows(NUMBER_OF_SESSION_FOLLOWS, part);
            case TOPIC -> false;
        };
    }

    private static boolean overlapsAny(Match<?> part, List<? extends Match<?>> others) {
        for (Match<?> other : others) {
            if (part.overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean follows(Pattern pattern, Match<?> part) {
        Matcher next = pattern.matcher(part.field().original());
        next.region(part.end(), part.field().original().length());
        return next.lookingAt();
    }
}
