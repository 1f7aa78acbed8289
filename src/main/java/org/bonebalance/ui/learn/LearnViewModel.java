package org.bonebalance.ui.learn;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.AppContext;

/**
 * The learn screen, toolkit-free: its sections in the order of the list, with their names, and the section on
 * show. The choice is the context's ({@link AppContext#learnSectionProperty()}), so a rebuilt window (another
 * language, theme or zoom) opens the same section.
 */
public final class LearnViewModel {
    /** One section of the list: its id (also in the button's node id) and its name in the current language. */
    public record Section(String id, String name) {}

    public static final String LESSONS = "lessons", EXPLAIN = "explain", GLOSSARY = "glossary", EVIDENCE = "evidence",
            REFERENCES = "references", ABOUT = "about";

    /** The sections, in the order of the list. */
    public static final List<String> IDS = List.of(LESSONS, EXPLAIN, GLOSSARY, EVIDENCE, REFERENCES, ABOUT);

    private final AppContext context;
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper();
    private final Subscription following;

    public LearnViewModel(AppContext context) {
        this.context = context;
        following = context.learnSectionProperty().subscribe(id -> section.set(IDS.contains(id) ? id : LESSONS));
    }

    /** The sections with their names, in the order of the list. */
    public List<Section> sections() {
        return IDS.stream().map(id -> new Section(id, Messages.get("content.nav." + id))).toList();
    }

    /** The id of the section on show (the lessons when nothing else was chosen). */
    public ReadOnlyStringProperty sectionProperty() { return section.getReadOnlyProperty(); }

    /** Shows a section; an unknown id changes nothing. */
    public void choose(String id) {
        if (IDS.contains(id)) context.learnSectionProperty().set(id);
    }

    public void dispose() {
        following.unsubscribe();
    }
}
