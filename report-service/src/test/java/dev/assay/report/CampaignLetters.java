package dev.assay.report;

import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.taxonomy.SubmitterType;

import static dev.assay.report.ClassifiedEvents.aClassification;

/**
 * A form letter sent by many: each copy signed by another sender, its signature a bit or two away from the first's,
 * as the classifier's SimHash of such near-duplicates is. The letter is long enough (about 120 words) that a changed
 * signature block leaves most of its shingles.
 */
public final class CampaignLetters {

    public static final String SUBJECT = "Joint call for tailings reprocessing under resolution 5/12";
    public static final String LETTER = """
            We the undersigned organisations call on the Member States gathered for the dialogue on minerals and \
            metals to recognise the reprocessing of mine tailings as a source of critical minerals and to fund \
            pilot plants that recover copper, cobalt and rare earth elements from legacy waste. Abandoned tailings \
            dams threaten rivers and the communities that depend on them, and their safe closure creates local \
            employment. We ask that the secretariat compile national experiences with tailings inventories, that \
            developing countries receive technical and financial support to map their legacy sites, and that the \
            next Assembly agree on shared guidance for the environmentally sound management of mining waste, \
            building on resolutions 4/19 and 5/12. Circular approaches must not shift the burden of pollution to \
            the poorest regions. """;
    /** The first letter's signature; copies flip one or two of its bits. */
    public static final String SIGNATURE = "5a3c96e1f00d7b42";

    private CampaignLetters() {
    }

    /** The letter as sent by {@code sender}, with a signature {@code flippedBits} bits from the first letter's. */
    public static ClassifiedEvents copy(String id, String sender, String country, int flippedBits) {
        long bits = Long.parseUnsignedLong(SIGNATURE, 16);
        for (int bit = 0; bit < flippedBits; bit++) {
            bits ^= 1L << (bit * 17 + 3);
        }
        return aClassification().id(id).from(SubmitterType.STAKEHOLDER, country)
                .text(SUBJECT, LETTER + "Signed for " + sender + ", on behalf of its members.")
                .signature(String.format("%016x", bits));
    }

    public static CommunicationClassified letter(String id, String sender, String country, int flippedBits) {
        return copy(id, sender, country, flippedBits).build();
    }
}
