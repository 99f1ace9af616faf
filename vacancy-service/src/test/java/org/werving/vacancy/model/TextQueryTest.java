package org.werving.vacancy.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Matching PostgreSQL's tsquery text against a document's lexemes, at the edges: the queries are the text
 * websearch_to_tsquery('dutch', ...) gives (taken from PostgreSQL 15), the documents tsvector-like.
 */
class TextQueryTest {
    /** "zwarte kat en witte hond" as to_tsvector('dutch') reads it. */
    private static final Map<String, int[]> DOC = Map.of("zwart", new int[] {1}, "kat", new int[] {2},
            "wit", new int[] {4}, "hond", new int[] {5});

    private static boolean matches(String tsquery) {
        return TextQuery.parse(tsquery).matches(DOC);
    }

    @Test
    void aLexemeMatchesExactlyNotAsAPrefix() {
        assertTrue(matches("'kat'"));
        assertFalse(matches("'ka'"));
        assertFalse(matches("'katten'"));
    }

    @Test
    void anEmptyQueryMatchesNothingAsPostgresIgnoresIt() {
        assertFalse(matches(""));
        assertFalse(TextQuery.parse(null).matches(DOC));
    }

    @Test
    void andOrNotWithPostgresPrecedence() {
        assertTrue(matches("'kat' & 'hond'"));
        assertFalse(matches("'kat' & 'vis'"));
        assertTrue(matches("'vis' | 'hond'"));
        assertTrue(matches("'kat' & !'vis'"));
        assertFalse(matches("'kat' & !'hond'"));
        // (vis & kat) | hond: & binds tighter than |
        assertTrue(matches("'vis' & 'kat' | 'hond'"));
        assertFalse(matches("'vis' & ( 'kat' | 'hond' )"));
        assertTrue(matches("!( 'kat' <-> 'hond' )"), "negated phrase: kat is not right before hond");
    }

    @Test
    void phraseDistanceIsExact() {
        assertTrue(matches("'zwart' <-> 'kat'"));
        assertFalse(matches("'kat' <-> 'zwart'"), "order counts");
        assertFalse(matches("'kat' <-> 'wit'"), "a stop word between: two positions apart");
        assertTrue(matches("'kat' <2> 'wit'"));
        assertFalse(matches("'kat' <3> 'wit'"));
        assertTrue(matches("'zwart' <-> 'kat' <2> 'wit' <-> 'hond'"), "a chain measures from the previous end");
        assertFalse(matches("'zwart' <-> 'kat' <-> 'wit'"));
        assertTrue(matches("'zwart' <-> 'kat' & 'vis' | 'wit' <-> 'hond'"), "phrase binds tighter than & and |");
    }

    @Test
    void quotedLexemesAndLabelsAreRead() {
        Map<String, int[]> doc = Map.of("it's", new int[] {1}, "a\\b", new int[] {2});
        assertTrue(TextQuery.parse("'it''s' <-> 'a\\\\b'").matches(doc));
        assertTrue(TextQuery.parse("'it''s':AB & 'a\\\\b':*").matches(doc));
    }

    @Test
    void malformedTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TextQuery.parse("'kat"));
        assertThrows(IllegalArgumentException.class, () -> TextQuery.parse("'kat' &"));
        assertThrows(IllegalArgumentException.class, () -> TextQuery.parse("'kat' 'hond'"));
        assertThrows(IllegalArgumentException.class, () -> TextQuery.parse("( 'kat'"));
    }
}
