package io.claimbase.extract.eval;

/** True positives, false positives and false negatives of one attribute, with precision, recall and F1. */
public record Score(String attribute, int tp, int fp, int fn) {

    public Score plus(int tp, int fp, int fn) {
        return new Score(attribute, this.tp + tp, this.fp + fp, this.fn + fn);
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** For attributes every paired claim has (kind, attribution, certainty): the share of pairs that agree. */
    public double accuracy() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    @Override
    public String toString() {
        if (ExtractionEvaluation.AGREEMENT.contains(attribute)) {
            return String.format("%-22s accuracy %.3f  (%d of %d paired claims)", attribute, accuracy(), tp, tp + fn);
        }
        return String.format(
                "%-22s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                attribute, precision(), recall(), f1(), tp, fp, fn);
    }
}
