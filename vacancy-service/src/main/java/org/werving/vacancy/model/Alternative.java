package org.werving.vacancy.model;

import java.util.List;

/** One way to be admitted: every condition in it must hold. */
public record Alternative(String label, List<Condition> conditions) {
}
