package org.bonebalance.ui.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;
import org.bonebalance.content.TraceWords;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.HormoneSchedule;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.why.Quantity;
import org.bonebalance.sim.why.Trace;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.explorer.ExplorerScreen;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.hormones.HormoneScale;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Why? on every gauge, the status line and the timeline shows the model's trace: each link's value now and at the
 * reference, the three shares and the sentence are the numbers of the trace computed directly from the app model
 * (whose chain is checked here against a separate {@link Forecast} run), with the mechanism in the words of each
 * of the three depths; the gauges' spoken sentences are the same trace; the panel follows a slider in the frame
 * the gauges do. Run in English and in Spanish (subclasses).
 */
abstract class WhyPanelTest {
    static final int DAYS = 400;
    MainWindow window;
    AppContext context;

    abstract String lang();

    void open(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.parse(new String[] {"--lang", lang(), "--preset", "postmenopause-10y"}));
        context = window.context();
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    private ExplorerScreen explorer() { return (ExplorerScreen) window.screen("explorer").orElseThrow(); }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** The model's readout after these levels held from the reference steady state (a path of its own). */
    private Readout forecast(HormoneLevels levels) {
        List<Readout> rows = Forecast.project(SteadyState.REFERENCE, context.simulation().startAge(),
                DAYS / Forecast.DAYS_PER_YEAR, HormoneSchedule.constant(levels), 10, BmdScale.DEFAULT_BASELINE_G_PER_CM2, Double.NaN,
                org.bonebalance.model.HormoneEffects.CALIBRATED, org.bonebalance.model.CoreParameters.LAMBDA,
                Forecast.Scheme.DAILY_RK4); // the simulation steps by the 1-day RK4
        return rows.get(rows.size() - 1);
    }

    private static double value(Readout r, Quantity q) {
        return switch (q) {
            case ESTRADIOL -> r.levels().estradiolPgPerMl();
            case PROGESTERONE -> r.levels().progesteroneNgPerMl();
            case TESTOSTERONE -> r.levels().testosteroneNgPerDl();
            case RANKL -> r.ranklRel();
            case OPG -> r.opgRel();
            case RANKL_OPG -> r.ranklRel() / r.opgRel();
            case RANKL_RANK -> r.ranklRankRel();
            case OSTEOCLASTS -> r.ocaRel();
            case OSTEOBLAST_PRECURSORS -> r.obpRel();
            case OSTEOBLASTS -> r.obaRel();
            case BALANCE -> 100 * r.formationOverResorption();
            case BMD_RATE -> Double.NaN;
            case BMD -> r.bmdGPerCm2();
            case T_SCORE -> r.tScore();
        };
    }

    private Button whyButton(FxRobot robot, WhyViewModel.Target t) {
        return robot.lookup("#" + (t == WhyViewModel.Target.TIMELINE ? "timeline-why" : "gauge-" + t.id() + "-why")).queryAs(Button.class);
    }

    /** Opens Why? on a target: its button, or for the status line Enter while it has the focus. */
    private void ask(FxRobot robot, WhyViewModel.Target t) {
        if (t == WhyViewModel.Target.STATUS) {
            robot.interact(() -> robot.lookup("#status-line").query().requestFocus());
            robot.type(javafx.scene.input.KeyCode.ENTER);
        } else {
            Button b = whyButton(robot, t);
            robot.interact(b::fire);
        }
    }

    @Test
    void theChainsCellsAndMoleculesAreOutlinedOnTheCycleAndSwitchScreensWhileThePanelIsOpen(FxRobot robot) {
        robot.interact(() -> context.advanceDays(DAYS));
        ask(robot, WhyViewModel.Target.OSTEOCLAST);
        WaitForAsyncUtils.waitForFxEvents();
        List<Quantity> chain = WhyViewModel.Target.OSTEOCLAST.reading().chain();
        assertTrue(chain.contains(Quantity.OSTEOCLASTS) && chain.contains(Quantity.RANKL), "the chain runs through both");
        for (String screen : List.of("switch", "cycle")) {
            robot.interact(() -> context.screenProperty().set(screen));
            WaitForAsyncUtils.waitForFxEvents();
            Node root = robot.lookup("#" + screen + "-view").query();
            javafx.scene.shape.Shape body = robot.from(root).lookup(".osteoclast-body").queryAs(javafx.scene.shape.Shape.class);
            robot.interact(body::applyCss);
            assertEquals(4, body.getStrokeWidth(), 1e-9, screen + ": an osteoclast is outlined");
            assertTrue(root.getStyleClass().contains("lit-rankl"), screen + ": RANKL is lit");
            Label note = robot.lookup("#" + screen + "-lit").queryAs(Label.class);
            assertTrue(note.isVisible(), screen + ": the note says what is lit");
            assertEquals(Messages.get("animation.lit", Messages.get(WhyViewModel.Target.OSTEOCLAST.nameKey())), note.getText());
        }
        robot.interact(() -> context.screenProperty().set("explorer"));
        robot.interact(() -> explorer().whyPanel().hide());
        robot.interact(() -> context.screenProperty().set("switch"));
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup("#switch-view").query();
        javafx.scene.shape.Shape body = robot.from(root).lookup(".osteoclast-body").queryAs(javafx.scene.shape.Shape.class);
        robot.interact(body::applyCss);
        assertEquals(1.5, body.getStrokeWidth(), 1e-9, "closed: the outline is the usual one again");
        assertFalse(robot.lookup("#switch-lit").queryAs(Label.class).isVisible());
    }

    @Test
    void everyReadingShowsTheModelsTraceAtEveryDepth(FxRobot robot) {
        robot.interact(() -> context.advanceDays(DAYS));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot s = context.getSnapshot();
        HormoneLevels now = Preset.POSTMENOPAUSE_10Y.levels();
        assertEquals(now, s.readout().levels());
        Readout modelNow = forecast(now), modelRef = forecast(HormoneLevels.PREMENOPAUSAL);
        boolean clicked = false;
        for (Depth depth : Depth.values()) {
            robot.interact(() -> context.depthProperty().set(depth));
            for (WhyViewModel.Target target : WhyViewModel.Target.values()) {
                if (!clicked) {
                    robot.clickOn(whyButton(robot, target)); // a real click once; then the buttons' action (quicker)
                    clicked = true;
                } else {
                    ask(robot, target);
                }
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(explorer().whyPanel().isShowing(), target + ": the panel shows");
                Trace t = context.model().why().trace(target.reading(), HormoneLevels.PREMENOPAUSAL, s);
                String where = lang() + " " + depth + " " + target;
                assertEquals(Messages.get("explorer.why.title", Messages.get(target.nameKey())), text(robot, "why-title"), where);
                assertEquals(target.reading().chain().size(), t.chain().size());
                for (Trace.Link l : t.chain()) {
                    Quantity q = l.quantity();
                    // the trace is the model's: the same numbers as a forecast of the same days
                    if (q != Quantity.BMD_RATE) {
                        assertEquals(value(modelNow, q), l.value(), 1e-9 * Math.max(1, Math.abs(l.value())), where + " " + q);
                        assertEquals(value(modelRef, q), l.reference(), 1e-9 * Math.max(1, Math.abs(l.reference())), where + " " + q);
                    }
                    assertEquals(TraceWords.shown(q, l.value()), text(robot, "why-now-" + q.id()), where + " " + q + " now");
                    assertEquals(TraceWords.shown(q, l.reference()), text(robot, "why-ref-" + q.id()), where + " " + q + " reference");
                    assertEquals(Messages.get("explorer.why.how." + q.id() + "." + depth.id()), text(robot, "why-how-" + q.id()),
                            where + " " + q + " mechanism");
                    assertTrue(robot.lookup("#why-evidence-" + q.id()).tryQuery().isPresent(), where + " " + q + " evidence");
                }
                Quantity rq = target.reading().quantity();
                double[] shares = {t.attribution().estradiol(), t.attribution().progesterone(), t.attribution().testosterone()};
                for (int i = 0; i < 3; i++) {
                    assertEquals(TraceWords.change(rq, shares[i]), text(robot, "why-share-" + i), where + " share " + i);
                }
                assertEquals(t.change(), shares[0] + shares[1] + shares[2], 1e-9 * Math.max(1, Math.abs(t.change())), where);
                assertEquals(sentence(t), text(robot, "why-sentence"), where);
            }
        }
        // an evidence button opens its card in the panel, with its strength
        robot.interact(() -> robot.lookup("#why-evidence-bmd").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Node card = explorer().whyPanel().content().lookup("#evidence-bmd-gain");
        assertTrue(card != null && card.isVisible(), "the card shows");
        assertTrue(robot.from(card).lookup(".evidence-strength").tryQuery().isPresent());
        robot.interact(() -> explorer().whyPanel().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(explorer().whyPanel().isShowing());
    }

    /** The attribution sentence as the panel should word it (the largest share named). */
    private static String sentence(Trace t) {
        Quantity q = t.reading().quantity();
        double e = t.attribution().estradiol(), p = t.attribution().progesterone(), tt = t.attribution().testosterone();
        Quantity most = Math.abs(e) >= Math.abs(p) && Math.abs(e) >= Math.abs(tt) ? Quantity.ESTRADIOL
                : Math.abs(p) >= Math.abs(tt) ? Quantity.PROGESTERONE : Quantity.TESTOSTERONE;
        return Messages.get("explorer.why.sentence", TraceWords.change(q, t.change()), TraceWords.change(q, e),
                TraceWords.change(q, p), TraceWords.change(q, tt), TraceWords.name(most));
    }

    @Test
    void gaugesSpeakTheirTraceAndThePanelFollowsASliderInTheSameFrame(FxRobot robot) {
        robot.interact(() -> context.advanceDays(DAYS));
        WaitForAsyncUtils.waitForFxEvents();
        for (WhyViewModel.Target target : List.of(WhyViewModel.Target.OSTEOCLAST, WhyViewModel.Target.OSTEOBLAST,
                WhyViewModel.Target.SWITCH, WhyViewModel.Target.BALANCE, WhyViewModel.Target.BMD, WhyViewModel.Target.FRACTURE)) {
            GaugeCard card = robot.lookup("#gauge-" + target.id()).queryAs(GaugeCard.class);
            String spoken = spoken(context.model().why().trace(target.reading(), HormoneLevels.PREMENOPAUSAL, context.getSnapshot()));
            assertEquals(spoken, whyButton(robot, target).getAccessibleHelp(), target.toString());
            assertEquals(card.reading().getText() + " " + spoken, card.getAccessibleHelp(), target.toString());
            assertEquals(Messages.get("explorer.why.buttonFor", Messages.get("explorer.gauge." + target.id())),
                    whyButton(robot, target).getAccessibleText());
        }
        // Enter on the focused Why? button opens the panel on that gauge
        robot.interact(() -> whyButton(robot, WhyViewModel.Target.OSTEOCLAST).requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WhyViewModel.Target.OSTEOCLAST, explorer().whyViewModel().targetProperty().get());
        // a slider moves while the panel is open: one frame later panel and gauge show the same new snapshot
        robot.interact(() -> {
            explorer().viewModel().setLevel(HormoneScale.ESTRADIOL, 40);
            context.play();
            context.advance(1 / 60.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot s = context.getSnapshot();
        Trace t = context.model().why().trace(WhyViewModel.Target.OSTEOCLAST.reading(), HormoneLevels.PREMENOPAUSAL, s);
        assertEquals(40, t.chain().get(0).value(), 1e-12);
        assertEquals(s.readout().ocaRel(), t.value(), 0);
        assertEquals(TraceWords.shown(Quantity.ESTRADIOL, 40), text(robot, "why-now-estradiol"));
        assertEquals(TraceWords.shown(Quantity.OSTEOCLASTS, t.value()), text(robot, "why-now-osteoclasts"));
        GaugeCard oc = robot.lookup("#gauge-osteoclast").queryAs(GaugeCard.class);
        assertEquals(Messages.get("explorer.gauge.times", Messages.number(Math.round(s.readout().ocaRel() * 100) / 100.0, 2)),
                oc.reading().getText(), "the gauge shows the same moment");
        // F1 explains the focused reading (here the spine density's Why? button)
        robot.interact(() -> whyButton(robot, WhyViewModel.Target.BMD).requestFocus());
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WhyViewModel.Target.BMD, explorer().whyViewModel().targetProperty().get());
        robot.interact(() -> context.pause());
        // the status line speaks its trace too
        assertEquals(spoken(context.model().why().trace(WhyViewModel.Target.STATUS.reading(), HormoneLevels.PREMENOPAUSAL,
                context.getSnapshot())), robot.lookup("#status-line").query().getAccessibleHelp());
    }

    private String spoken(Trace t) {
        Quantity q = t.reading().quantity();
        return Messages.get("explorer.why.spoken", TraceWords.name(q), TraceWords.shown(q, t.value()),
                Messages.get("explorer.why.ref.woman"), TraceWords.shown(q, t.reference()), sentence(t));
    }
}
