package dev.assay.report.summary;

/** Shares as the reports show them: a fraction to four decimal places, rounded half up. */
final class Shares {

    private Shares() {
    }

    /** @return {@code part / whole} to four places, 0 for an empty whole */
    static double of(long part, long whole) {
        return whole == 0 ? 0 : java.math.BigDecimal.valueOf(part)
                .divide(java.math.BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
