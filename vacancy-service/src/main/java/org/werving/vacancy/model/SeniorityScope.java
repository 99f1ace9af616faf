package org.werving.vacancy.model;

/** Where seniority must have been earned. */
public enum SeniorityScope {
    /** with the city or its OCMW ("bij Stad of OCMW"). */
    THIS_EMPLOYER,
    /** with this or any other local government ("bij Kortrijk of in een ander bestuur verworven"). */
    ANY_LOCAL_GOVERNMENT
}
