package org.werving.reserve.model;

/**
 * Which reserve a laureate lands on. The declaration order is the order in which the reserves are
 * listed: the recruitment reserve (external laureates) first, then the promotion reserve
 * (internal laureates).
 */
public enum ReserveType {
    /** wervingsreserve: external laureates */
    RECRUITMENT,
    /** bevorderingsreserve: internal laureates promoted to a higher level */
    PROMOTION
}
