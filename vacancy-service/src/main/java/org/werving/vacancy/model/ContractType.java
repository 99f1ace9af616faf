package org.werving.vacancy.model;

public enum ContractType {
    /** contract van onbepaalde duur */
    INDEFINITE,
    /** contract van onbepaalde duur met ontbindende voorwaarde (e.g. the end of a project) */
    INDEFINITE_RESOLUTIVE,
    /** contract van bepaalde duur */
    FIXED_TERM,
    /** statutaire benoeming */
    STATUTORY
}
