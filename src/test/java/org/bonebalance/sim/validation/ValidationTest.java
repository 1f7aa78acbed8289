package org.bonebalance.sim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The validation suite (docs/model.md §7): every published case the model claims to meet holds within its
 * stated tolerance, and the table in docs/model.md is the one the model makes today.
 */
class ValidationTest {
    private static List<PublishedCases.Case> cases;

    @BeforeAll
    static void run() {
        cases = PublishedCases.evaluate();
    }

    @TestFactory
    Stream<DynamicTest> everyClaimedCaseHoldsWithinItsTolerance() {
        return cases.stream().filter(PublishedCases.Case::asserted).map(c -> DynamicTest.dynamicTest(c.id(), () ->
                assertTrue(c.holds(), c.what() + ": model " + c.model() + ", published " + c.published() + " ± "
                        + c.tolerance() + " (" + c.source() + ")")));
    }

    @Test
    void casesThatAreNotClaimedAreTheOnesTheDocsListAsMisses() throws IOException {
        // a case shown but not claimed must be said to miss in docs/model.md, and the table must be current
        String doc = Files.readString(ValidationTable.DOC, StandardCharsets.UTF_8);
        assertEquals(ValidationTable.table(cases), ValidationTable.current(doc),
                "docs/model.md's validation table is out of date: regenerate it (command in ValidationTable)");
    }

    @Test
    void theFitReproducesTheCalibratedValues() {
        // the harness starts from the calibrated strengths; they must be a point it cannot improve much
        double at = LayerFit.objective(LayerFit.start());
        assertTrue(Double.isFinite(at), "calibrated values inside the fit's bounds");
        double[] x = LayerFit.start();
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            up[i] *= 1.02;
            double[] down = x.clone();
            down[i] /= 1.02;
            double best = Math.min(LayerFit.objective(up), LayerFit.objective(down));
            assertTrue(best > at - 0.05 * Math.max(at, 1), "a 2 % move of parameter " + i + " improves the fit: "
                    + at + " -> " + best);
        }
    }
}
