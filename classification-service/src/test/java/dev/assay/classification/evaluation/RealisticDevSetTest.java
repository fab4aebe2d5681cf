package dev.assay.classification.evaluation;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.Theme;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realistic dev set is what its README says it is, so that scores on it mean something: six languages of 52
 * items in the first batch and 16 in the second, half of the items long, labels that are well-formed and a theme's
 * passage quoted from the text, and a held-out part that nobody moved items in or out of (it is recomputed here from
 * the ids alone). The held-out part is the first batch's: the second batch only adds tuning texts, so that scores on
 * the held-out part stay comparable from one model to the next.
 */
class RealisticDevSetTest {

    private static final DevSet SET = DevSet.realistic();
    private static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

    @Test
    void everyLanguageHas52ItemsInTheFirstBatchAnd16InTheSecondAndHalfOfAllItemsAreLong() {
        Map<String, Map<Integer, Long>> byLanguage = SET.items().stream().collect(Collectors.groupingBy(
                DevSetItem::language, Collectors.groupingBy(RealisticDevSetTest::batch, Collectors.counting())));

        assertThat(byLanguage).containsOnlyKeys(LANGUAGES).allSatisfy((language, batches) -> assertThat(batches)
                .isEqualTo(Map.of(1, 52L, 2, 16L)));
        assertThat(SET.items()).allSatisfy(item -> assertThat(item.id()).startsWith(item.language() + "-r"));
        long longItems = SET.items().stream().filter(item -> item.body().length() >= 1_500).count();
        assertThat(longItems).isGreaterThanOrEqualTo(SET.items().size() / 2);
    }

    @Test
    void theHeldOutPartIsTheFortyPercentOfEachLanguagesFirstBatchIdsWithTheSmallestSha256() {
        for (String language : LANGUAGES) {
            List<DevSetItem> items = SET.items().stream()
                    .filter(item -> item.language().equals(language) && batch(item) == 1).toList();
            Set<String> expected = items.stream().sorted(Comparator.comparing(item -> sha256(item.id())))
                    .limit(Math.round(items.size() * 0.4)).map(DevSetItem::id).collect(Collectors.toSet());

            Set<String> heldOut = items.stream().filter(item -> SET.partOf(item) == DevSet.Part.HELD_OUT)
                    .map(DevSetItem::id).collect(Collectors.toSet());

            assertThat(heldOut).as(language).hasSize(21).isEqualTo(expected);
        }
        assertThat(SET.items()).filteredOn(item -> batch(item) == 2)
                .allSatisfy(item -> assertThat(SET.partOf(item)).as(item.id()).isEqualTo(DevSet.Part.TUNING));
    }

    /** Batch 1 is {@code xx-r001} to {@code xx-r052}, batch 2 from {@code xx-r053} on. */
    private static int batch(DevSetItem item) {
        return Integer.parseInt(item.id().substring(item.id().indexOf("-r") + 2)) <= 52 ? 1 : 2;
    }

    @Test
    void labelsAreWellFormedAndEveryThemeIsCarriedByAPassageQuotedFromTheText() {
        Set<String> resolutions = Set.of(Resolution.ids());
        assertThat(SET.items()).allSatisfy(item -> {
            DevSetItem.Expected expected = item.expected();
            assertThat(expected.outOfScope()).as(item.id()).isEqualTo(expected.themes().isEmpty());
            assertThat(expected.themes()).as(item.id()).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates()
                    .allSatisfy(Theme::fromId);
            assertThat(resolutions).as(item.id()).containsAll(expected.resolutions());
            assertThat(expected.countries()).as(item.id())
                    .allSatisfy(code -> assertThat(Countries.reference().isCode(code)).as(code).isTrue());
            assertThat(item.passages()).as(item.id()).containsOnlyKeys(expected.themes());
            item.passages().forEach((theme, passage) -> assertThat(item.subject() + "\n" + item.body())
                    .as(item.id() + " " + theme).contains(passage));
        });
    }

    private static String sha256(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
