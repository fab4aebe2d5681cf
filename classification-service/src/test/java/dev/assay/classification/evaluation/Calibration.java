package dev.assay.classification.evaluation;

import dev.assay.contracts.taxonomy.Theme;

import java.util.List;
import java.util.Map;

/**
 * How far the theme probabilities are from the frequencies they claim: the expected calibration error over ten
 * equal-width bins, {@code sum over bins of (items in bin / items) * |share labelled - mean probability|}, over every
 * (item, theme) pair a passage carries, which are the pairs the model gives a probability for. 0 is perfect; a model
 * that says 0.8 where three in five are right is off by 0.2 in that bin.
 *
 * @param error the expected calibration error
 * @param pairs how many (item, theme) pairs it was measured on
 */
record Calibration(double error, int pairs) {

    private static final int BINS = 10;

    static Calibration of(List<Outcome> outcomes) {
        double[] probability = new double[BINS];
        int[] labelled = new int[BINS];
        int[] count = new int[BINS];
        int pairs = 0;
        for (Outcome outcome : outcomes) {
            for (Map.Entry<Theme, Double> theme : outcome.probabilities().entrySet()) {
                double p = theme.getValue();
                if (p <= 0) {
                    continue;
                }
                int bin = Math.min(BINS - 1, (int) (p * BINS));
                probability[bin] += p;
                labelled[bin] += outcome.item().expected().themeSet().contains(theme.getKey()) ? 1 : 0;
                count[bin]++;
                pairs++;
            }
        }
        double error = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (count[bin] > 0) {
                error += Math.abs((double) labelled[bin] / count[bin] - probability[bin] / count[bin]) * count[bin];
            }
        }
        return new Calibration(pairs == 0 ? 0 : error / pairs, pairs);
    }
}
