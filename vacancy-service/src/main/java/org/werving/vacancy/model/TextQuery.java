package org.werving.vacancy.model;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A PostgreSQL text-search query (the text form of a {@code tsquery}, as {@code websearch_to_tsquery('dutch', q)}
 * gives it) evaluated against a document's lexemes and their positions, as {@code search @@ query} would: lexemes
 * are matched exactly, {@code !} negates, {@code &} and {@code |} combine, {@code <N>} (and {@code <->}, N = 1)
 * asks for the right-hand side to start N positions after the left-hand side ends. The stemming and the stop
 * words stay PostgreSQL's: the query arrives stemmed, the document's lexemes come from its {@code search} column.
 * An empty query matches nothing (PostgreSQL ignores it and answers false). Phrases are made of lexemes and
 * phrases (all {@code websearch_to_tsquery} produces); a phrase with any other operand is read as the AND of its
 * operands.
 */
public final class TextQuery {
    private static final TextQuery NOTHING = new TextQuery(null);

    private final Node root;

    private TextQuery(Node root) {
        this.root = root;
    }

    /** Parses the text form of a tsquery, e.g. {@code 'begeleid' & !'zwembad' | 'kat' <2> 'hond'}. */
    public static TextQuery parse(String tsquery) {
        if (tsquery == null || tsquery.isBlank()) {
            return NOTHING;
        }
        Parser parser = new Parser(tsquery);
        Node node = parser.or();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw new IllegalArgumentException("unexpected text at " + parser.at + " in " + tsquery);
        }
        return new TextQuery(node);
    }

    /** Whether a document with these lexemes (each with its positions) matches. */
    public boolean matches(Map<String, int[]> lexemes) {
        return root != null && root.test(lexemes);
    }

    /** Where a lexeme or phrase ends in the document, and how many positions it spans beyond its start. */
    private record Hits(Set<Integer> ends, int width) {
    }

    private interface Node {
        boolean test(Map<String, int[]> doc);

        /** This node's hits as a phrase operand; null when it has no positions of its own. */
        default Hits hits(Map<String, int[]> doc) {
            return null;
        }
    }

    private record Lexeme(String text) implements Node {
        public boolean test(Map<String, int[]> doc) {
            return doc.containsKey(text);
        }

        public Hits hits(Map<String, int[]> doc) {
            Set<Integer> ends = new HashSet<>();
            for (int position : doc.getOrDefault(text, new int[0])) {
                ends.add(position);
            }
            return new Hits(ends, 0);
        }
    }

    private record Not(Node operand) implements Node {
        public boolean test(Map<String, int[]> doc) {
            return !operand.test(doc);
        }
    }

    private record And(Node left, Node right) implements Node {
        public boolean test(Map<String, int[]> doc) {
            return left.test(doc) && right.test(doc);
        }
    }

    private record Or(Node left, Node right) implements Node {
        public boolean test(Map<String, int[]> doc) {
            return left.test(doc) || right.test(doc);
        }
    }

    private record Phrase(Node left, int distance, Node right) implements Node {
        public boolean test(Map<String, int[]> doc) {
            Hits hits = hits(doc);
            return hits == null ? left.test(doc) && right.test(doc) : !hits.ends().isEmpty();
        }

        public Hits hits(Map<String, int[]> doc) {
            Hits l = left.hits(doc);
            Hits r = right.hits(doc);
            if (l == null || r == null) {
                return null;
            }
            Set<Integer> ends = new HashSet<>();
            for (int end : r.ends()) {
                if (l.ends().contains(end - r.width() - distance)) {
                    ends.add(end);
                }
            }
            return new Hits(ends, l.width() + distance + r.width());
        }
    }

    /** Recursive descent over the precedence PostgreSQL prints with: | lowest, then &, then <N>, then !. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Node or() {
            Node node = and();
            while (accept("|")) {
                node = new Or(node, and());
            }
            return node;
        }

        Node and() {
            Node node = phrase();
            while (accept("&")) {
                node = new And(node, phrase());
            }
            return node;
        }

        Node phrase() {
            Node node = unary();
            Integer distance;
            while ((distance = distance()) != null) {
                node = new Phrase(node, distance, unary());
            }
            return node;
        }

        Node unary() {
            if (accept("!")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Node inner = or();
                expect(")");
                return inner;
            }
            return lexeme();
        }

        private Integer distance() {
            skipSpaces();
            if (!text.startsWith("<", at)) {
                return null;
            }
            int close = text.indexOf('>', at);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed distance operator in " + text);
            }
            String inside = text.substring(at + 1, close);
            at = close + 1;
            return inside.equals("-") ? 1 : Integer.parseInt(inside);
        }

        private Node lexeme() {
            expect("'");
            StringBuilder value = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw new IllegalArgumentException("unclosed lexeme in " + text);
                }
                char c = text.charAt(at++);
                if (c == '\'' && text.startsWith("'", at)) {
                    at++;
                    value.append('\'');
                } else if (c == '\\' && !atEnd()) {
                    value.append(text.charAt(at++));
                } else if (c == '\'') {
                    break;
                } else {
                    value.append(c);
                }
            }
            skipLabels();
            return new Lexeme(value.toString());
        }

        /** Weight and prefix labels (':AB', ':*') are not produced by websearch_to_tsquery; they are read and ignored. */
        private void skipLabels() {
            if (text.startsWith(":", at)) {
                at++;
                while (!atEnd() && "ABCDabcd*".indexOf(text.charAt(at)) >= 0) {
                    at++;
                }
            }
        }

        private boolean accept(String token) {
            skipSpaces();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw new IllegalArgumentException("expected " + token + " at " + at + " in " + text);
            }
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= text.length();
        }
    }
}
