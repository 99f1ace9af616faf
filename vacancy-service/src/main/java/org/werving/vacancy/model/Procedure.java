package org.werving.vacancy.model;

import java.util.List;

/** The procedure plan: the scored stages in order (stored as one JSON document). */
public record Procedure(List<Stage> stages) {
}
