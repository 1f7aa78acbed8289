package org.bonebalance.ui.learn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Screen;
import org.bonebalance.ui.ScrollPanes;

/**
 * The learn screen: lessons, explanations at the chosen depth, glossary, evidence, references and
 * "About this model", chosen from a list on the left. The not-medical-advice statement opens the lessons
 * (where a patient lands) and the About page.
 */
public final class LearnScreen implements Screen {
    private final LearnViewModel model;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = ScrollPanes.uncached(new ScrollPane());
    private final ToggleGroup nav = new ToggleGroup();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, Supplier<Node>> builders = new LinkedHashMap<>();
    private final GlossaryView glossary;
    private final ExplanationsView explanations;
    private final javafx.util.Subscription following;
    private String current = "";

    public LearnScreen(AppContext context) {
        this.model = new LearnViewModel(context);
        root.setId("learn-screen");
        root.getStyleClass().add("learn-screen");
        glossary = new GlossaryView(context.depthProperty());
        explanations = new ExplanationsView(context.depthProperty());
        builders.put(LearnViewModel.LESSONS, () -> new VBox());
        builders.put(LearnViewModel.EXPLAIN, explanations::root);
        builders.put(LearnViewModel.GLOSSARY, glossary::root);
        builders.put(LearnViewModel.EVIDENCE, () -> EvidenceView.build(context.depthProperty()));
        builders.put(LearnViewModel.REFERENCES, ReferencesView::build);
        builders.put(LearnViewModel.ABOUT, () -> AboutView.build(context.depthProperty()));
        VBox left = new VBox(6);
        left.getStyleClass().add("learn-nav");
        for (LearnViewModel.Section section : model.sections()) {
            ToggleButton b = new ToggleButton(section.name());
            b.setId("learn-nav-" + section.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            // a toggle pressed again stays on: the section on show is always one of them
            b.setOnAction(e -> {
                model.choose(section.id());
                b.setSelected(true);
            });
            buttons.put(section.id(), b);
            left.getChildren().add(b);
        }
        left.setPrefWidth(240);
        left.setMinWidth(200);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("learn-content");
        root.setLeft(left);
        root.setCenter(scroll);
        following = model.sectionProperty().subscribe(this::display);
    }

    /** Puts the lesson list in place once the lesson features exist (LearnFeatures.install). */
    public void setLessonsView(Node lessons) {
        built.put(LearnViewModel.LESSONS, lessons);
        if (current.equals(LearnViewModel.LESSONS)) scroll.setContent(lessons);
    }

    /** Shows one section: lessons, explain, glossary, evidence, references or about. */
    public void showSection(String id) { model.choose(id); }

    private void display(String id) {
        Node n = built.computeIfAbsent(id, k -> builders.get(k).get());
        current = id;
        buttons.get(id).setSelected(true);
        if (id.equals(LearnViewModel.GLOSSARY)) {
            // the glossary manages its own list scrolling
            root.setCenter(n);
            BorderPane.setMargin(n, new javafx.geometry.Insets(16));
        } else {
            scroll.setContent(n);
            root.setCenter(scroll);
        }
    }

    public String currentSection() { return current; }

    public GlossaryView glossary() { return glossary; }

    @Override public String id() { return "learn"; }

    @Override public String titleKey() { return "screen.learn"; }

    @Override public Node root() { return root; }

    @Override
    public void dispose() {
        following.unsubscribe();
        model.dispose();
        glossary.dispose();
        explanations.dispose();
    }
}
