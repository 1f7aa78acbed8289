package org.bonebalance.ui.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Glossary;
import org.bonebalance.content.Messages;

/**
 * Marks glossary terms in running text. {@link #flow} turns a sentence into a {@link TextFlow} in which the
 * first mention of each glossary term is a focusable, underlined link; pointing at it or reaching it with Tab
 * shows the definition at the current depth in a PopOver. Any screen may use it:
 * <pre>{@code TextFlow t = TermMarker.flow(Messages.get("explorer.help.gauges"), context.depthProperty());}</pre>
 */
public final class TermMarker {
    private static volatile Locale cachedLocale;
    private static volatile List<String[]> cachedAliases = List.of();

    private TermMarker() {}

    /** The text with glossary terms marked; definitions follow {@code depth} when it changes. */
    public static TextFlow flow(String text, ObservableValue<Depth> depth) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(Styles.BODY);
        flow.getChildren().setAll(nodes(text, depth));
        return flow;
    }

    /** The pieces of {@link #flow}: Text runs and term links. */
    public static List<Node> nodes(String text, ObservableValue<Depth> depth) {
        List<Node> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String[] hit = boundary(text, i - 1) ? match(text, i, seen) : null;
            if (hit == null) {
                plain.append(text.charAt(i++));
                continue;
            }
            if (!plain.isEmpty()) { out.add(new Text(plain.toString())); plain.setLength(0); }
            String shown = text.substring(i, i + hit[0].length());
            out.add(link(hit[1], shown, depth));
            seen.add(hit[1]);
            i += hit[0].length();
        }
        if (!plain.isEmpty()) out.add(new Text(plain.toString()));
        return out;
    }

    /** One term link, e.g. for a label that is itself a term. */
    public static Hyperlink link(String termId, String shown, ObservableValue<Depth> depth) {
        Hyperlink link = new Hyperlink(shown);
        link.getStyleClass().add(Styles.TERM);
        link.setUserData(termId);
        link.setId("term-" + termId);
        link.setAccessibleHelp(Glossary.definition(termId, depth.getValue()));
        TermPopover.install(link, termId, depth);
        return link;
    }

    private static String[] match(String text, int at, Set<String> seen) {
        for (String[] a : aliases()) {
            if (seen.contains(a[1])) continue;
            int end = at + a[0].length();
            if (end <= text.length() && text.regionMatches(true, at, a[0], 0, a[0].length()) && boundary(text, end)) {
                return a;
            }
        }
        return null;
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    /** {alias, termId} pairs, longest alias first, for the current language. */
    private static List<String[]> aliases() {
        Locale l = Messages.locale();
        if (!l.equals(cachedLocale)) {
            List<String[]> list = new ArrayList<>();
            for (String id : Glossary.TERM_IDS) for (String a : Glossary.aliases(id)) list.add(new String[] {a, id});
            list.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
            cachedAliases = List.copyOf(list);
            cachedLocale = l;
        }
        return cachedAliases;
    }
}
