package org.bonebalance.ui.learn;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.Subscription;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Glossary;
import org.bonebalance.content.Messages;

/** The searchable glossary (node id {@code #glossary}): a filtered list of terms and the chosen definition. */
public final class GlossaryView {
    private final VBox root = new VBox(10);
    private final TextField search = new TextField();
    private final ListView<String> list = new ListView<>();
    private final Label count = new Label();
    private final Label name = new Label();
    private final VBox definition = new VBox(8);
    private final ObjectProperty<Depth> depth;
    private final Subscription subscription;

    public GlossaryView(ObjectProperty<Depth> depth) {
        this.depth = depth;
        root.setId("glossary");
        Label heading = new Label(Messages.get("content.glossary.heading"));
        heading.getStyleClass().add(Styles.HEADING);
        Label hint = new Label(Messages.get("content.glossary.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        search.setPromptText(Messages.get("content.glossary.search"));
        search.setId("glossary-search");
        search.setAccessibleText(Messages.get("content.glossary.search"));
        list.setId("glossary-list");
        list.setPlaceholder(new Label(Messages.get("content.glossary.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : Glossary.name(id));
            }
        });
        list.setPrefWidth(300);
        list.setMinWidth(240);
        name.getStyleClass().add(Styles.SUBHEADING);
        name.setId("glossary-term");
        definition.setId("glossary-definition");
        definition.getStyleClass().add(Styles.CARD);
        VBox detail = new VBox(10, name, definition);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox body = new HBox(16, new VBox(8, search, list, count), detail);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(heading, hint, body);
        search.textProperty().addListener((o, a, b) -> refilter());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDefinition());
        subscription = depth.subscribe(d -> refilter());
    }

    public Node root() { return root; }

    /** Selects a term (e.g. from a link elsewhere), clearing the search if it hides it. */
    public void select(String termId) {
        if (!list.getItems().contains(termId)) search.clear();
        list.getSelectionModel().select(termId);
        list.scrollTo(termId);
    }

    private void refilter() {
        String selected = list.getSelectionModel().getSelectedItem();
        List<String> hits = Glossary.search(search.getText(), depth.get());
        list.getItems().setAll(hits);
        count.setText(Messages.get("content.glossary.count", hits.size()));
        if (selected != null && hits.contains(selected)) list.getSelectionModel().select(selected);
        else if (!hits.isEmpty()) list.getSelectionModel().selectFirst();
        showDefinition();
    }

    private void showDefinition() {
        String id = list.getSelectionModel().getSelectedItem();
        definition.getChildren().clear();
        if (id == null) {
            name.setText("");
            return;
        }
        name.setText(Glossary.name(id));
        Depth d = depth.get();
        Label at = new Label(Messages.get("content.glossary.atdepth", Messages.get(d.nameKey())));
        at.getStyleClass().add(Styles.MUTED);
        TextFlow text = TermMarker.flow(Glossary.definition(id, d), depth);
        text.setId("glossary-definition-text");
        definition.getChildren().addAll(text, at);
    }

    public void dispose() { subscription.unsubscribe(); }
}
